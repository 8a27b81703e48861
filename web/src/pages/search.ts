// The search page (`/`, `/?q=election&source=...`): query, facets, date histogram, hits.
// The URL holds the whole state; the form stays in place between searches so focus stays.

import { getJson, type EntityFacet, type Facet, type SearchResponse } from '../api';
import { h, link, fill } from '../dom';
import { fillBuckets } from '../histogram';
import { navigate, type Page } from '../router';
import { snippetParts } from '../snippet';
import { barChart, day, errorBox, pager, plural, setTitle, status, typeLabel } from '../ui';
import {
  formatSearchState,
  parseSearchState,
  toggleFilter,
  type FilterKey,
  type SearchState,
} from '../urlstate';

const PAGE_SIZE = 20;

/** The form's update function for each search view (the form is built once, then updated). */
const formUpdaters = new WeakMap<Element, (state: SearchState) => void>();

function go(state: SearchState): void {
  navigate(`/${formatSearchState(state)}`, { focus: false });
}

/** The search form, kept across searches: [form, update(state)]. */
function searchForm(): [HTMLElement, (state: SearchState) => void] {
  const q = h('input', { type: 'search', name: 'q', id: 'search-q', placeholder: 'e.g. election, "Abdelhak El Khiam", attack AND Spain', autocomplete: 'off' });
  const from = h('input', { type: 'date', name: 'from', id: 'search-from' });
  const to = h('input', { type: 'date', name: 'to', id: 'search-to' });
  let current = parseSearchState('');
  const form = h(
    'form',
    {
      role: 'search',
      class: 'search-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        go({ ...current, q: q.value.trim(), from: from.value, to: to.value, offset: 0 });
      },
    },
    h('label', { for: 'search-q', class: 'visually-hidden' }, 'Search articles'),
    q,
    h('button', { type: 'submit' }, 'Search'),
    h('div', { class: 'dates' },
      h('label', { for: 'search-from' }, 'From'), from,
      h('label', { for: 'search-to' }, 'To'), to),
  );
  const update = (state: SearchState) => {
    current = state;
    if (document.activeElement !== q) q.value = state.q;
    from.value = state.from;
    to.value = state.to;
  };
  return [form, update];
}

/** Buttons that remove the active filters, one per filter. */
function activeFilters(state: SearchState, data: SearchResponse | null): HTMLElement | null {
  const keys: FilterKey[] = ['source', 'entity', 'theme', 'event', 'lang', 'from', 'to'];
  const set = keys.filter((k) => state[k]);
  if (set.length === 0) return null;
  const entityName = (id: string) => data?.facets?.entities.find((e) => String(e.id) === id)?.name ?? `#${id}`;
  return h(
    'ul',
    { class: 'chips', 'aria-label': 'Active filters' },
    set.map((key) => {
      const value = key === 'entity' ? entityName(state.entity) : state[key];
      return h('li', {}, h('button', {
        type: 'button',
        'aria-label': `Remove filter ${key}: ${value}`,
        onclick: () => go(toggleFilter(state, key, state[key])),
      }, `${key}: ${value} ✕`));
    }),
  );
}

/** One facet list: each value a toggle button showing its count. */
function facetList(title: string, key: FilterKey, state: SearchState, items: Array<{ value: string; label: string; count: number }>): HTMLElement | null {
  if (items.length === 0) return null;
  return h(
    'section',
    { class: 'facet', 'aria-label': title },
    h('h2', {}, title),
    h('ul', {}, items.map((item) => {
      const pressed = state[key] === item.value;
      return h('li', {}, h('button', {
        type: 'button',
        class: 'facet-value',
        'aria-pressed': String(pressed),
        onclick: () => go(toggleFilter(state, key, item.value)),
      }, h('span', { class: 'facet-label' }, item.label), h('span', { class: 'count' }, item.count.toLocaleString('en'))));
    })),
  );
}

const plainFacet = (facets: Facet[]) => facets.map((f) => ({ value: f.value, label: f.value, count: f.count }));
const entityFacet = (facets: EntityFacet[]) =>
  facets.map((f) => ({ value: String(f.id), label: `${f.name} (${typeLabel(f.type)})`, count: f.count }));

const NO_FACETS: NonNullable<SearchResponse['facets']> = { sources: [], entities: [], themes: [], events: [], dates: [] };

function facets(state: SearchState, data: SearchResponse): HTMLElement {
  // A server without facets still gets its hits shown.
  const f = data.facets ?? NO_FACETS;
  const buckets = fillBuckets(f.dates);
  return h(
    'aside',
    { class: 'facets', 'aria-label': 'Filters' },
    data.facets_sampled === true && h('p', { class: 'facets-sampled' }, 'Counts over the best 1,000 matches'),
    buckets.length > 0 && h('section', { class: 'facet', 'aria-label': 'Published' },
      h('h2', {}, 'Published'),
      barChart(buckets, {
        label: 'Matching articles by publication date; choose a bar to filter by its dates',
        selected: (b) => state.from === b.from && state.to === b.to,
        onSelect: (b) => go({ ...state, from: b.from, to: b.to, offset: 0 }),
      })),
    facetList('Sources', 'source', state, plainFacet(f.sources)),
    facetList('Entities', 'entity', state, entityFacet(f.entities)),
    facetList('Themes', 'theme', state, plainFacet(f.themes)),
    facetList('Event types', 'event', state, plainFacet(f.events)),
  );
}

function hits(state: SearchState, data: SearchResponse): HTMLElement {
  return h(
    'section',
    { class: 'results', 'aria-label': 'Results' },
    h('p', { class: 'status', role: 'status' }, `${plural(data.total, 'article')}${state.q ? ` for “${state.q}”` : ''}`),
    h('ol', { class: 'hits', start: state.offset + 1 }, data.hits.map((hit) => h(
      'li',
      { class: 'hit' },
      h('h2', {}, link(`/articles/${hit.id}`, hit.title || hit.url || `Article ${hit.id}`)),
      h('p', { class: 'meta' }, [hit.source, day(hit.published)].filter(Boolean).join(' · ')),
      hit.snippet && h('p', { class: 'snippet' }, snippetParts(hit.snippet).map((p) => (p.match ? h('mark', {}, p.text) : p.text))),
    ))),
    pager(data.total, state.offset, PAGE_SIZE, (offset) => go({ ...state, offset })),
  );
}

export const searchPage: Page = async ({ root, signal }) => {
  const state = parseSearchState(location.search);
  setTitle(state.q ? `“${state.q}”` : 'Search');
  let view = root.querySelector<HTMLElement>('.search-page');
  if (!view) {
    const [form, update] = searchForm();
    view = h('div', { class: 'search-page' }, h('h1', {}, 'Search the news'), form, h('div', { class: 'filters' }), h('div', { class: 'search-body' }));
    formUpdaters.set(view, update);
    fill(root, view);
  }
  formUpdaters.get(view)?.(state);
  const filters = view.querySelector('.filters')!;
  const body = view.querySelector('.search-body')!;
  fill(filters, activeFilters(state, null));
  fill(body, status('Searching…'));
  try {
    const data = await getJson<SearchResponse>('search', { ...state, limit: PAGE_SIZE, offset: state.offset || null }, signal);
    fill(filters, activeFilters(state, data));
    fill(body, hits(state, data), facets(state, data));
  } catch (error) {
    if (signal.aborted) return;
    fill(body, errorBox(error));
  }
};
