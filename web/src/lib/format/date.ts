const TIME_ZONE = 'Europe/Amsterdam';

// Built once: constructing Intl formatters is costly and these never change.
const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `7 september 2020`, in Amsterdam time whatever the server's zone. */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** `7 september 2020 om 17:35`, in Amsterdam time whatever the server's zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return `${dateFormat.format(date)} om ${timeFormat.format(date)}`;
}
