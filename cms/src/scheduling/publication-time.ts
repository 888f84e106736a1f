/**
 * An editor's computer and the server never agree to the second, and the admin sends the minute the
 * editor picked: a publication date up to this far ahead still counts as "now".
 */
const CLOCK_SKEW_MS = 60_000;

const dutchDateTimeFormat = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

/** A publication date as the document service or a request gives it, or null when there is none. */
export function toDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  if (value === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Whether publishing now would put the post on the site before its publication date. */
export function isInTheFuture(value: unknown, now: Date = new Date()): boolean {
  const date = toDate(value);
  return date !== null && date.getTime() > now.getTime() + CLOCK_SKEW_MS;
}

/** "15 oktober 2026 om 21:00", the way the site writes dates, for messages to editors. */
export function dutchDateTime(date: Date): string {
  return dutchDateTimeFormat.format(date);
}

/**
 * Why a post may not be published yet, as a Dutch message for the editor, or null when its
 * publication date allows it. Publishing a post dated later would put it on the site early.
 */
export function futureDateProblem(value: unknown, scheduled: boolean, now: Date = new Date()): string | null {
  const date = toDate(value);
  if (!date || !isInTheFuture(date, now)) return null;
  const when = dutchDateTime(date);
  if (scheduled) {
    return `Dit bericht is ingepland voor ${when} en verschijnt dan vanzelf. Wil je het nu publiceren, zet de publicatiedatum dan op nu of maak die leeg.`;
  }
  return `De publicatiedatum (${when}) ligt in de toekomst. Moet het bericht dan verschijnen? Zet 'Ingepland' aan en klik op Bewaar in plaats van Publiceer. Wil je het nu publiceren, zet de publicatiedatum dan op nu of maak die leeg.`;
}
