/**
 * Crawlers, link-preview fetchers and scripts, by the usual tokens of their user agent. Messengers
 * fetch a shared link to draw its card (WhatsApp, facebookexternalhit, Slackbot…): that is no
 * reader sharing. An empty user agent is no browser either. Real browsers that merely contain a
 * token (Cubot phones) are let through.
 */
const BOT =
  /(?<!cu)bot\b|bot[/;_-]|crawl|spider|slurp|scrape|headless|preview|whatsapp|facebookexternalhit|facebookcatalog|meta-externalagent|twitterbot|linkedinbot|slackbot|discordbot|telegrambot|embedly|google-inspectiontool|lighthouse|pagespeed|curl\/|wget\/|python-requests|python-urllib|go-http-client|node-fetch|undici|^node$|axios|okhttp|java\/|libwww|httpclient|phantomjs|puppeteer|playwright|selenium/i;

export function isBot(userAgent: string | null): boolean {
  return !userAgent?.trim() || BOT.test(userAgent);
}
