// The list pages: "who said what" (`/quotes`), events (`/events`), stories (`/stories`)
// and one story (`/stories/{id}`). Filters live in the URL and are the API's parameters.

import { getJson, type EventRole, type EventRow, type Quote, type Story, type StoryDetail } from '../api';
import { fill, h, link, type Child } from '../dom';
import { fillBuckets } from '../histogram';
import { navigate, type Page, type PageContext } from '../router';
import { quoteList } from '../quotes';
import {
  barChart, day, filterForm, offsetOf, pager, plural, section, setTitle, status, withOffset, type FilterField,
} from '../ui';

const PAGE_SIZE = 20;

/** The event types of docs/events.md, as suggestions for the type filter. */
const EVENT_TYPES = [
  'STATEMENT', 'APPEAL', 'MEET', 'VISIT', 'COOPERATE', 'AID', 'INVESTIGATE', 'DEMAND', 'ACCUSE', 'THREATEN',
  'PROTEST', 'COERCE', 'ARREST', 'ATTACK', 'KILL', 'SENTENCE', 'ELECTION', 'DISASTER',
];

/**
 * Draws a filtered, paged list page: heading, filter form, then `render(items)` of what
 * GET /api/{endpoint} answers under `key`.
 */
async function listPage<T>(
  ctx: PageContext, options: { path: string; title: string; endpoint: string; key: string; fields: FilterField[]; noun: string;
    render: (items: T[]) => Child },
): Promise<void> {
  const { root, query, signal } = ctx;
  setTitle(options.title);
  const offset = offsetOf(query);
  const results = h('div', { class: 'list-results' }, status('Loading…'));
  fill(root, h('h1', {}, options.title), filterForm(options.path, options.fields, query, (url) => navigate(url, { focus: false })), results);
  const params: Record<string, string | number> = Object.fromEntries(options.fields.map((f) => [f.name, query.get(f.name) ?? '']));
  const data = await getJson<{ total: number } & Record<string, T[]>>(options.endpoint, { ...params, limit: PAGE_SIZE, offset: offset || null }, signal);
  const items = data[options.key] as T[];
  fill(results,
    h('p', { class: 'status', role: 'status' }, plural(data.total, options.noun)),
    items.length > 0 && options.render(items),
    pager(data.total, offset, PAGE_SIZE, (o) => navigate(withOffset(options.path, query, o))));
}

export const quotesPage: Page = (ctx) => listPage<Quote>(ctx, {
  path: '/quotes', title: 'Who said what', endpoint: 'quotes', key: 'quotes', noun: 'quote',
  fields: [
    { name: 'speaker', label: 'Speaker', type: 'search', placeholder: 'name or entity id' },
    { name: 'q', label: 'Words in the quote', type: 'search' },
  ],
  render: quoteList,
});

function role(r: EventRole | null): Child {
  if (!r) return '';
  return r.entity !== null ? link(`/entities/${r.entity}`, r.name) : r.name;
}

export const eventsPage: Page = (ctx) => listPage<EventRow>(ctx, {
  path: '/events', title: 'Events', endpoint: 'events', key: 'events', noun: 'event',
  fields: [
    { name: 'type', label: 'Type', options: EVENT_TYPES, placeholder: 'ARREST' },
    { name: 'country', label: 'Country', placeholder: 'MA' },
    { name: 'from', label: 'From', type: 'date' },
    { name: 'to', label: 'To', type: 'date' },
  ],
  render: (events) => h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': 'Events table' },
    h('table', { class: 'events' },
      h('thead', {}, h('tr', {}, ['Date', 'Type', 'Actor', 'Target', 'Where', 'Trigger', 'Article'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, events.map((e) => h('tr', {},
        h('td', {}, day(e.date ?? e.published)),
        h('td', {}, h('span', { class: 'tag' }, e.type)),
        h('td', {}, role(e.actor)),
        h('td', {}, role(e.target)),
        h('td', {}, role(e.location), e.location?.country ? ` (${e.location.country})` : ''),
        h('td', {}, e.trigger.text),
        h('td', {}, link(`/articles/${e.article_id}`, e.article_title || `article ${e.article_id}`))))))),
});

/** A story's label, or its number when it has none. */
function storyLabel(s: { id: number; label: string | null }): string {
  return s.label || `Story ${s.id}`;
}

export const storiesPage: Page = (ctx) => listPage<Story>(ctx, {
  path: '/stories', title: 'Stories', endpoint: 'stories', key: 'stories', noun: 'story',
  fields: [
    { name: 'from', label: 'From', type: 'date' },
    { name: 'to', label: 'To', type: 'date' },
  ],
  render: (stories) => h('ul', { class: 'stories' }, stories.map((s) => h('li', { class: 'story' },
    h('h2', {}, link(`/stories/${s.id}`, storyLabel(s))),
    h('p', { class: 'meta' }, `${plural(s.articles, 'article')} · ${day(s.first_seen)} – ${day(s.last_seen)} · ${s.outlets.join(', ')}`)))),
});

export const storyPage: Page = async ({ root, route, signal }) => {
  fill(root, status('Loading the story…'));
  const story = await getJson<StoryDetail>(`stories/${encodeURIComponent(route.id)}`, {}, signal);
  setTitle(storyLabel(story));
  const perDay = new Map<string, number>();
  for (const a of story.articles) if (a.published) perDay.set(day(a.published), (perDay.get(day(a.published)) ?? 0) + 1);
  const buckets = fillBuckets([...perDay].map(([date, count]) => ({ date, count })));
  fill(root, h('div', { class: 'story-page' },
    h('h1', {}, storyLabel(story)),
    h('p', { class: 'meta' }, `${plural(story.articles.length, 'article')} from ${plural(story.outlets.length, 'outlet')} · ${day(story.first_seen)} – ${day(story.last_seen)}`),
    section('Articles over time', barChart(buckets, { label: 'Articles of this story by date', height: 60 }), undefined, buckets.length === 0),
    section('Articles', h('ol', { class: 'timeline' }, story.articles.map((a) => h('li', {},
      h('time', { datetime: day(a.published) }, day(a.published) || 'undated'), ' ',
      h('span', { class: 'tag' }, a.source ?? 'unknown source'), ' ',
      link(`/articles/${a.id}`, a.title || `Article ${a.id}`)))), 'No articles.', story.articles.length === 0),
  ));
};
