// A quote as a list item: the words, who said them, and where.

import type { Quote } from './api';
import { h, link } from './dom';
import { day } from './ui';

/** A list of quotes; each links to its speaker's entity page and its article. */
export function quoteList(quotes: Quote[]): HTMLElement {
  return h('ul', { class: 'quotes' }, quotes.map((q) => h(
    'li',
    { class: 'quote' },
    h('blockquote', {}, `“${q.text}”`, q.partial ? h('span', { class: 'muted' }, ' (partial)') : null),
    h('p', { class: 'meta' },
      '— ', q.speaker ? link(`/entities/${q.speaker.id}`, q.speaker.name) : (q.speaker_name ?? 'unknown speaker'),
      ', in ', link(`/articles/${q.article_id}`, q.article_title || `article ${q.article_id}`),
      q.published ? `, ${day(q.published)}` : ''),
  )));
}
