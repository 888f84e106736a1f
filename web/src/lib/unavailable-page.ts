import { nl } from './i18n/nl';

/**
 * How long readers, crawlers and scripts are asked to wait (Retry-After) whenever the site cannot
 * answer because the CMS cannot be reached: pages, JSON routes, images alike.
 */
export const RETRY_AFTER_SECONDS = 30;

/**
 * The Dutch 503 page, as plain HTML: it is sent when the CMS is down and the page was never
 * cached, so it must not need the CMS (nor React) itself.
 */
export const UNAVAILABLE_HTML = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${nl.unavailable.title}</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;background:#fbfaf6;color:#1c2321;display:grid;min-height:100vh;place-items:center;padding:1.5rem;box-sizing:border-box}
main{max-width:34rem;text-align:center}
p.code{font-size:3.5rem;font-weight:800;color:#0d5c4f;margin:0}
a{display:inline-block;margin-top:1rem;background:#0d5c4f;color:#fff;padding:.6rem 1.2rem;border-radius:999px;text-decoration:none;font-weight:600}
</style>
</head>
<body>
<main>
<p class="code">503</p>
<h1>${nl.unavailable.title}</h1>
<p>${nl.unavailable.body}</p>
<a href="/">${nl.unavailable.home}</a>
</main>
</body>
</html>`;
