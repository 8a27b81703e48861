// The search page's state and its form in the URL (`/?q=election&source=...`), so every
// search is a deep link. The same keys are the /api/search parameters (docs/api.md).

/** The filters and page of a search. Empty strings mean "not set". */
export interface SearchState {
  q: string;
  from: string;
  to: string;
  lang: string;
  source: string;
  /** Entity id, as a string. */
  entity: string;
  theme: string;
  event: string;
  offset: number;
}

/** The filter keys, in the order they appear in URLs. */
export const FILTER_KEYS = ['from', 'to', 'lang', 'source', 'entity', 'theme', 'event'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function emptySearchState(): SearchState {
  return { q: '', from: '', to: '', lang: '', source: '', entity: '', theme: '', event: '', offset: 0 };
}

/** Reads a state from a query string (`?q=...` or `q=...`). Unknown keys are ignored; a bad offset is 0. */
export function parseSearchState(query: string): SearchState {
  const params = new URLSearchParams(query);
  const state = emptySearchState();
  state.q = (params.get('q') ?? '').trim();
  for (const key of FILTER_KEYS) state[key] = (params.get(key) ?? '').trim();
  const offset = Number(params.get('offset') ?? '0');
  state.offset = Number.isInteger(offset) && offset > 0 ? offset : 0;
  return state;
}

/** The parameters that are set, `q` first, then the filters, then `offset` when not 0. */
export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) if (state[key]) params.set(key, state[key]);
  if (state.offset > 0) params.set('offset', String(state.offset));
  return params;
}

/** The query string for a state: '' or '?q=...'. parseSearchState(formatSearchState(s)) equals s. */
export function formatSearchState(state: SearchState): string {
  const query = searchParamsOf(state).toString();
  return query ? `?${query}` : '';
}

/**
 * The state with filter `key` set to `value`, or cleared when it already has that value
 * (a facet click toggles). Changing a filter goes back to the first page.
 */
export function toggleFilter(state: SearchState, key: FilterKey, value: string): SearchState {
  return { ...state, [key]: state[key] === value ? '' : value, offset: 0 };
}

/** True when any filter (not the query) is set. */
export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((key) => state[key] !== '');
}
