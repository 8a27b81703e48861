// The list pages: "who said what" (`/quotes`), events (`/events`), stories (`/stories`)
// and one story (`/stories/{id}`). Filters live in the URL and are the API's parameters.

import { getJson, type EventRole, type EventRow, type Quote, type Story, type StoryDetail } from '../api';
import { fill, h, link, svg, type Child } from '../dom';
import { dayPositions } from '../histogram';
import { navigate, type Page, type PageContext } from '../router';
import { quoteList } from '../quotes';
import {
  day, filterForm, offsetOf, pager, plural, section, setTitle, status, withOffset, type FilterField,
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

/** Lane chart geometry (SVG units). */
const LANE = { height: 28, label: 250, width: 900, radius: 6, labelChars: 30 };

/** The story's articles on a time axis, one lane per outlet; each dot names its article. */
function outletLanes(story: StoryDetail): SVGSVGElement {
  const outlets = [...new Set(story.articles.map((a) => a.source ?? 'unknown source'))];
  const positions = dayPositions(story.articles.map((a) => a.published ?? ''));
  const plot = LANE.width - LANE.label - 2 * LANE.radius;
  const height = (outlets.length + 1) * LANE.height;
  const axisY = outlets.length * LANE.height + LANE.height * 0.6;
  const days = story.articles.map((a) => day(a.published)).filter(Boolean).sort();
  const short = (name: string) => (name.length > LANE.labelChars ? `${name.slice(0, LANE.labelChars - 1)}…` : name);
  return svg('svg', { viewBox: `0 0 ${LANE.width} ${height}`, class: 'lanes', role: 'img',
    'aria-label': `Articles by outlet over time, ${days[0]} to ${days[days.length - 1]}` },
    outlets.map((outlet, row) => svg('g', {},
      svg('line', { x1: LANE.label, x2: LANE.width, y1: (row + 0.5) * LANE.height, y2: (row + 0.5) * LANE.height }),
      svg('text', { x: LANE.label - 8, y: (row + 0.5) * LANE.height, 'text-anchor': 'end', 'dominant-baseline': 'middle' }, short(outlet), svg('title', {}, outlet)))),
    svg('text', { x: LANE.label, y: axisY, class: 'axis' }, days[0]),
    svg('text', { x: LANE.width, y: axisY, class: 'axis', 'text-anchor': 'end' }, days[days.length - 1]),
    story.articles.flatMap((a, i) => {
      const x = positions[i];
      if (x === null) return [];
      const row = outlets.indexOf(a.source ?? 'unknown source');
      return [svg('circle', { cx: LANE.label + LANE.radius + x * plot, cy: (row + 0.5) * LANE.height, r: LANE.radius },
        svg('title', {}, `${day(a.published)} · ${a.title ?? `Article ${a.id}`}`))];
    }));
}

export const storyPage: Page = async ({ root, route, signal }) => {
  fill(root, status('Loading the story…'));
  const story = await getJson<StoryDetail>(`stories/${encodeURIComponent(route.id)}`, {}, signal);
  setTitle(storyLabel(story));
  const dated = story.articles.some((a) => a.published);
  fill(root, h('div', { class: 'story-page' },
    h('h1', {}, storyLabel(story)),
    h('p', { class: 'meta' }, `${plural(story.articles.length, 'article')} from ${plural(story.outlets.length, 'outlet')} · ${day(story.first_seen)} – ${day(story.last_seen)}`),
    section('Across outlets over time', h('div', { class: 'lanes-wrap' }, outletLanes(story)), undefined, !dated),
    section('Articles', h('ol', { class: 'timeline' }, story.articles.map((a) => h('li', {},
      h('time', { datetime: day(a.published) }, day(a.published) || 'undated'), ' ',
      h('span', { class: 'tag' }, a.source ?? 'unknown source'), ' ',
      link(`/articles/${a.id}`, a.title || `Article ${a.id}`)))), 'No articles.', story.articles.length === 0),
  ));
};
