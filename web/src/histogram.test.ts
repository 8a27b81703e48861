import { describe, expect, it } from 'vitest';
import { bucketRange, dayPositions, fillBuckets } from './histogram';

const keysAndCounts = (buckets: ReturnType<typeof fillBuckets>) => buckets.map((b) => [b.key, b.count]);

describe('fillBuckets', () => {
  it('fills the months between matches with zeros, across a year end', () => {
    const buckets = fillBuckets([
      { date: '2007-11', count: 3 },
      { date: '2008-02', count: 1 },
    ]);
    expect(keysAndCounts(buckets)).toEqual([
      ['2007-11', 3], ['2007-12', 0], ['2008-01', 0], ['2008-02', 1],
    ]);
    expect(buckets[3]).toMatchObject({ from: '2008-02-01', to: '2008-02-29' });
  });

  it('fills days, across a month end, in input order or not', () => {
    const buckets = fillBuckets([
      { date: '2015-03-02', count: 2 },
      { date: '2015-02-27', count: 1 },
    ]);
    expect(keysAndCounts(buckets)).toEqual([
      ['2015-02-27', 1], ['2015-02-28', 0], ['2015-03-01', 0], ['2015-03-02', 2],
    ]);
  });

  it('sums full date-times per day and mixed keys at the coarsest granularity', () => {
    expect(keysAndCounts(fillBuckets([
      { date: '2015-03-20T10:00:00Z', count: 1 },
      { date: '2015-03-20T18:30:00+01:00', count: 2 },
    ]))).toEqual([['2015-03-20', 3]]);
    expect(keysAndCounts(fillBuckets([
      { date: '2015-03-20', count: 1 },
      { date: '2015-04', count: 2 },
    ]))).toEqual([['2015-03', 1], ['2015-04', 2]]);
  });

  it('coarsens a long series to stay within the bar cap', () => {
    const days = fillBuckets([
      { date: '2015-01-01', count: 1 },
      { date: '2015-12-31', count: 1 },
    ], 100);
    expect(keysAndCounts(days)).toHaveLength(12);
    expect(days[0]).toMatchObject({ key: '2015-01', count: 1 });
    const months = fillBuckets([
      { date: '1990-01', count: 4 },
      { date: '2020-06', count: 5 },
    ], 100);
    expect(months).toHaveLength(31);
    expect(months[0]).toMatchObject({ key: '1990', count: 4, from: '1990-01-01', to: '1990-12-31' });
  });

  it('skips dates it cannot read and empty counts', () => {
    expect(fillBuckets([])).toEqual([]);
    expect(fillBuckets([{ date: 'unknown', count: 3 }, { date: '2015-03', count: 0 }])).toEqual([]);
  });
});

describe('bucketRange', () => {
  it('gives the inclusive days of a day, a month and a year', () => {
    expect(bucketRange('2015-03-20')).toEqual({ from: '2015-03-20', to: '2015-03-20' });
    expect(bucketRange('2015-02')).toEqual({ from: '2015-02-01', to: '2015-02-28' });
    expect(bucketRange('2016-02')).toEqual({ from: '2016-02-01', to: '2016-02-29' });
    expect(bucketRange('2015')).toEqual({ from: '2015-01-01', to: '2015-12-31' });
  });
});

describe('dayPositions', () => {
  it('places days linearly between the first and the last, ignoring times of day', () => {
    expect(dayPositions(['2015-03-01', '2015-03-11T23:00:00Z', '2015-03-06', 'unknown'])).toEqual([0, 1, 0.5, null]);
  });

  it('puts a single day in the middle and nothing when no date is known', () => {
    expect(dayPositions(['2015-03-01', '2015-03-01T08:00'])).toEqual([0.5, 0.5]);
    expect(dayPositions(['', 'soon'])).toEqual([null, null]);
  });
});
