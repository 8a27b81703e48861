// Date histograms: the API's date buckets (`YYYY-MM` or `YYYY-MM-DD`, only those with
// matches) made into a continuous series for a bar chart, with each bar's date range.

export interface DateCount {
  date: string;
  count: number;
}

export type Granularity = 'day' | 'month' | 'year';

export interface Bucket {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  key: string;
  count: number;
  /** First and last day the bucket covers, inclusive (`YYYY-MM-DD`). */
  from: string;
  to: string;
}

/** The default cap on bars; a longer series is coarsened (days to months to years). */
export const DEFAULT_MAX_BUCKETS = 120;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The granularity of a key, or null when it is no `YYYY[-MM[-DD...]]` date. */
function granularityOf(date: string): Granularity | null {
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  if (/^\d{4}$/.test(date)) return 'year';
  return null;
}

const KEY_LENGTH: Record<Granularity, number> = { day: 10, month: 7, year: 4 };
const COARSER: Record<Granularity, Granularity> = { day: 'month', month: 'year', year: 'year' };
const RANK: Record<Granularity, number> = { day: 0, month: 1, year: 2 };

/** The next bucket key after `key` at granularity `g`. */
function nextKey(key: string, g: Granularity): string {
  const year = Number(key.slice(0, 4));
  if (g === 'year') return pad(year + 1, 4);
  const month = Number(key.slice(5, 7));
  if (g === 'month') return month === 12 ? `${pad(year + 1, 4)}-01` : `${pad(year, 4)}-${pad(month + 1)}`;
  const d = new Date(Date.UTC(year, month - 1, Number(key.slice(8, 10)) + 1));
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The days a bucket key covers, inclusive. */
export function bucketRange(key: string): { from: string; to: string } {
  const g = granularityOf(key);
  if (g === 'year') return { from: `${key}-01-01`, to: `${key}-12-31` };
  if (g === 'month') {
    const last = new Date(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)), 0)).getUTCDate();
    return { from: `${key}-01`, to: `${key}-${pad(last)}` };
  }
  const day = key.slice(0, 10);
  return { from: day, to: day };
}

/** The number of buckets from `first` to `last` inclusive at granularity `g`. */
function spanLength(first: string, last: string, g: Granularity): number {
  const y0 = Number(first.slice(0, 4));
  const y1 = Number(last.slice(0, 4));
  if (g === 'year') return y1 - y0 + 1;
  const months = (y1 - y0) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;
  if (g === 'month') return months;
  return Math.round((Date.parse(last.slice(0, 10)) - Date.parse(first.slice(0, 10))) / 86400000) + 1;
}

/**
 * A continuous series from `counts`: dates summed per bucket at the coarsest granularity
 * among them (full date-times count as days), empty buckets filled in with 0, and
 * coarsened until there are at most `maxBuckets` bars. Dates that are no ISO dates are
 * skipped. Returns [] when nothing is left.
 */
export function fillBuckets(counts: DateCount[], maxBuckets = DEFAULT_MAX_BUCKETS): Bucket[] {
  const dated = counts.filter((c) => granularityOf(c.date) !== null && c.count > 0);
  if (dated.length === 0) return [];
  let g = dated
    .map((c) => granularityOf(c.date)!)
    .reduce((a, b) => (RANK[a] >= RANK[b] ? a : b));
  const keys = dated.map((c) => c.date.slice(0, KEY_LENGTH[g])).sort();
  while (g !== 'year' && spanLength(keys[0], keys[keys.length - 1], g) > maxBuckets) g = COARSER[g];
  const sums = new Map<string, number>();
  for (const c of dated) {
    const key = c.date.slice(0, KEY_LENGTH[g]);
    sums.set(key, (sums.get(key) ?? 0) + c.count);
  }
  const first = keys[0].slice(0, KEY_LENGTH[g]);
  const last = keys[keys.length - 1].slice(0, KEY_LENGTH[g]);
  const buckets: Bucket[] = [];
  for (let key = first; key <= last; key = nextKey(key, g)) {
    buckets.push({ key, count: sums.get(key) ?? 0, ...bucketRange(key) });
  }
  return buckets;
}

/**
 * A linear position in [0, 1] for each date between the earliest and latest of `dates`
 * (by day; times of day ignored). With one distinct day every date is at 0.5. Dates that
 * are no ISO dates are at null.
 */
export function dayPositions(dates: string[]): Array<number | null> {
  const days = dates.map((d) => (/^\d{4}-\d{2}-\d{2}/.test(d) ? Date.parse(d.slice(0, 10)) / 86400000 : NaN));
  const known = days.filter((d) => Number.isFinite(d));
  if (known.length === 0) return days.map(() => null);
  const first = Math.min(...known);
  const span = Math.max(...known) - first;
  return days.map((d) => (Number.isFinite(d) ? (span === 0 ? 0.5 : (d - first) / span) : null));
}
