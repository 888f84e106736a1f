/** `YYYY-MM-DD` as en-CA writes it; the calendar day is the faction's, whatever the server's zone. */
const DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The day in Amsterdam at this moment, as a date column holds it. */
export function amsterdamDay(moment: Date): string {
  return DAY.format(moment);
}

/** The first day of the last `days` days in Amsterdam, today included. */
export function firstDayOfLast(days: number, now: Date): string {
  // Arithmetic on the calendar date alone, in UTC, where every day has 24 hours.
  const day = new Date(`${amsterdamDay(now)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - (days - 1));
  return day.toISOString().slice(0, 10);
}
