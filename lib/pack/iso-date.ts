/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a real month and day. */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  const d = Number(day);
  return d >= 1 && d <= daysInMonth;
}

/**
 * Whether `end` can close a span opened at `start`. Dates of different
 * precision compare by their common prefix (`2023-09` may end at `2023-09-10`).
 */
export function isOrderedSpan(start: string, end: string): boolean {
  const length = Math.min(start.length, end.length);
  return start.slice(0, length) <= end.slice(0, length);
}
