import { describe, expect, it } from 'vitest';
import {
  emptySearchState,
  formatSearchState,
  hasFilters,
  parseSearchState,
  toggleFilter,
} from './urlstate';

describe('search state in the URL', () => {
  it('reads a deep link with only a query', () => {
    const state = parseSearchState('?q=election');
    expect(state).toEqual({ ...emptySearchState(), q: 'election' });
    expect(hasFilters(state)).toBe(false);
  });

  it('reads every filter, trims values and ignores unknown keys', () => {
    const state = parseSearchState(
      'q=%20morocco%20cell&from=2015-03-01&to=2015-03-31&lang=en&source=en.wikinews.org' +
        '&entity=12&theme=TERROR&event=ARREST&offset=40&utm_source=mail',
    );
    expect(state).toEqual({
      q: 'morocco cell', from: '2015-03-01', to: '2015-03-31', lang: 'en',
      source: 'en.wikinews.org', entity: '12', theme: 'TERROR', event: 'ARREST', offset: 40,
    });
    expect(hasFilters(state)).toBe(true);
  });

  it('takes a bad offset as the first page', () => {
    expect(parseSearchState('offset=-5').offset).toBe(0);
    expect(parseSearchState('offset=abc').offset).toBe(0);
    expect(parseSearchState('offset=2.5').offset).toBe(0);
  });

  it('writes only what is set, in a stable order, and round-trips', () => {
    expect(formatSearchState(emptySearchState())).toBe('');
    const state = { ...emptySearchState(), q: 'Salé “cell”', event: 'ARREST', source: 'a.org', offset: 20 };
    const query = formatSearchState(state);
    expect(query).toBe('?q=Sal%C3%A9+%E2%80%9Ccell%E2%80%9D&source=a.org&event=ARREST&offset=20');
    expect(parseSearchState(query)).toEqual(state);
  });

  it('toggles a facet filter and goes back to the first page', () => {
    const base = { ...emptySearchState(), q: 'attack', offset: 40 };
    const on = toggleFilter(base, 'theme', 'TERROR');
    expect(on).toMatchObject({ theme: 'TERROR', offset: 0, q: 'attack' });
    const off = toggleFilter(on, 'theme', 'TERROR');
    expect(off.theme).toBe('');
    const other = toggleFilter(on, 'theme', 'PROTEST');
    expect(other.theme).toBe('PROTEST');
    expect(base.offset).toBe(40); // the input is not changed
  });
});
