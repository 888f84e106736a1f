/** The Dutch warnings more than one reader gives, worded once. */

export function commentsWarning(count: number): string {
  const what = count === 1 ? '1 reactie is' : `${count} reacties zijn`;
  return `${what} niet overgenomen: de nieuwe site toont geen reacties. Ze staan nog wel in het exportbestand.`;
}

export function feedWarning(count: number): string {
  const what = count === 1 ? 'alleen het nieuwste bericht' : `alleen de nieuwste ${count} berichten`;
  return `Een feed bevat ${what} van de oude site: oudere berichten, concepten, pagina's en omslagfoto's staan er niet in. Heeft de oude site een volledige export (WordPress, Blogger, Ghost), gebruik die dan.`;
}
