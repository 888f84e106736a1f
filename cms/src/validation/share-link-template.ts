/** The placeholders a share template may use; the site fills them in, URL-encoded. */
const SHARE_PLACEHOLDERS = ['url', 'title', 'text'] as const;

/**
 * Returns a Dutch message for an editor when a share template is unusable, or null when it is fine.
 * Templates are attribute values on the site, so anything that could break out of a URL is refused.
 */
export function shareTemplateProblem(template: unknown): string | null {
  if (typeof template !== 'string' || template.trim() === '') {
    return 'Vul een URL-sjabloon in.';
  }
  if (!template.startsWith('https://') && !template.startsWith('mailto:')) {
    return 'Een URL-sjabloon moet beginnen met https:// of mailto:.';
  }
  if (/[\s"'<>`\\]/.test(template)) {
    return 'Een URL-sjabloon mag geen spaties, aanhalingstekens, < > ` of \\ bevatten.';
  }
  if (!template.includes('{url}')) {
    return 'Een URL-sjabloon moet {url} bevatten, anders deelt de knop geen link naar het bericht.';
  }
  const unknown = [...template.matchAll(/\{([^{}]*)\}/g)]
    .map((match) => match[1] ?? '')
    .filter((name) => !(SHARE_PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    return `Onbekende plaatshouder(s): ${unknown.map((name) => `{${name}}`).join(', ')}. Gebruik alleen {url}, {title} en {text}.`;
  }
  const withoutPlaceholders = template.replace(/\{(url|title|text)\}/g, '');
  if (/[{}]/.test(withoutPlaceholders)) {
    return 'Een URL-sjabloon bevat een losse { of }.';
  }
  return null;
}
