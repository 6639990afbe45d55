/**
 * Comparing partial ISO dates (`2023`, `2023-09`, `2023-09-10`): a start
 * counts from the first day it names, an end to the last.
 */
import type { IsoDate } from '../pack/types';

const lower = (date: IsoDate): string => (date + '-00-00').slice(0, 10);
const upper = (date: IsoDate): string => (date + '-99-99').slice(0, 10);

/** Whether `date` (a day, month or year: its first day) falls in [start, end]; open ends hold on. */
export function holdsAt(start: IsoDate, end: IsoDate | undefined, date: IsoDate): boolean {
  const at = lower(date);
  return lower(start) <= at && (end === undefined || at <= upper(end));
}

/** Today as `YYYY-MM-DD`. */
export function isoDay(now: Date): IsoDate {
  return now.toISOString().slice(0, 10);
}

/** Newest start first; ties keep their order. */
export function byStartDescending<T extends { start?: IsoDate }>(a: T, b: T): number {
  if (a.start === b.start) return 0;
  if (a.start === undefined) return 1;
  if (b.start === undefined) return -1;
  return a.start < b.start ? 1 : -1;
}

/** `2023-09-10 – 2023-11` or `2023-09-10 –` for an open span. */
export function formatSpan(start: IsoDate, end: IsoDate | undefined, open: boolean): string {
  if (end !== undefined) return `${start} – ${end}`;
  return open ? `${start} –` : start;
}

/**
 * A period short enough for a chart row: a calendar quarter as `2023 Q3`, else
 * its months (`2023-04–2023-06`). Undefined when the period has no end.
 */
export function shortPeriod(period: { start: IsoDate; end?: IsoDate }): string | undefined {
  const { start, end } = period;
  if (end === undefined) return undefined;
  const s = /^(\d{4})-(\d{2})/.exec(start);
  const e = /^(\d{4})-(\d{2})/.exec(end);
  if (!s || !e) return undefined;
  const [, sy, sm] = s;
  const [, ey, em] = e;
  const first = Number(sm);
  if (sy === ey && first % 3 === 1 && Number(em) === first + 2) {
    return `${sy} Q${(first + 2) / 3}`;
  }
  return `${sy}-${sm}–${ey}-${em}`;
}
