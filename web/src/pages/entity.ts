// The entity page (`/entities/{id}`): mentions over time, co-mentioned entities, quotes
// by and about the entity, and its articles.

import { getJson, type EntityDetail } from '../api';
import { fill, h, link } from '../dom';
import { fillBuckets } from '../histogram';
import type { Page } from '../router';
import { quoteList } from '../quotes';
import { barChart, day, plural, section, setTitle, status, typeLabel } from '../ui';

export const entityPage: Page = async ({ root, route, signal }) => {
  fill(root, status('Loading the entity…'));
  const e = await getJson<EntityDetail>(`entities/${encodeURIComponent(route.id)}`, {}, signal);
  setTitle(e.name);
  const buckets = fillBuckets(e.timeline);
  const place = e.location;
  fill(root, h('div', { class: 'entity-page' },
    h('header', {},
      h('h1', {}, e.name),
      h('p', { class: 'meta' }, `${typeLabel(e.type)} · ${plural(e.mentions, 'mention')} in ${plural(e.article_count, 'article')}`,
        place && ` · ${[place.kind, place.admin1, place.country].filter(Boolean).join(', ')}`,
        place?.lat != null && place.lon != null && ` (${place.lat.toFixed(2)}, ${place.lon.toFixed(2)})`),
      h('p', {}, link(`/?entity=${e.id}`, `Search articles mentioning ${e.name}`))),
    h('div', { class: 'entity-grid' },
      section('Mentions over time', barChart(buckets, { label: `Mentions of ${e.name} by date`, height: 60 }),
        'No dated mentions.', buckets.length === 0),
      section('Co-mentioned', h('ul', { class: 'inline-list' }, e.co_mentioned.map((c) =>
        h('li', {}, link(`/entities/${c.id}`, c.name), h('span', { class: 'muted' }, ` ${typeLabel(c.type)} · ${c.count}`)))),
        'No other entities in its articles.', e.co_mentioned.length === 0),
      section(`Quotes by ${e.name}`, quoteList(e.quotes_by), undefined, e.quotes_by.length === 0),
      section(`Quotes about ${e.name}`, quoteList(e.quotes_about), undefined, e.quotes_about.length === 0),
      section('Articles', h('ul', {}, e.articles.map((a) => h('li', {},
        link(`/articles/${a.id}`, a.title || `Article ${a.id}`), h('span', { class: 'muted' }, ` ${[a.source, day(a.published)].filter(Boolean).join(' · ')}`)))),
        'None.', e.articles.length === 0),
    ),
  ));
};
