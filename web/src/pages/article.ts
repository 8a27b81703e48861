// The article reader (`/articles/{id}`): the text with entity mentions (by type), quotes,
// counts and event triggers highlighted from their byte offsets. Choosing a highlight
// (click, Enter or Space) shows its type, the canonical entity and the evidence.

import { getJson, type Article, type ArticleEntity, type EventRole } from '../api';
import { fill, h, link, type Child } from '../dom';
import { layoutSpans, type Piece, type Span } from '../highlight';
import { Utf8Offsets } from '../offsets';
import type { Page } from '../router';
import { activateOnKey, day, plural, section, setTitle, status, typeLabel } from '../ui';

type Layer = 'entity' | 'quote' | 'count' | 'event';

const LAYERS: Array<{ layer: Layer; label: string }> = [
  { layer: 'entity', label: 'Entities' },
  { layer: 'quote', label: 'Quotes' },
  { layer: 'count', label: 'Counts' },
  { layer: 'event', label: 'Events' },
];

/** One highlight: its layer, the CSS class for its kind, a title, and the details it opens. */
interface Highlight {
  layer: Layer;
  kind: string;
  title: string;
  details: () => Child;
}

/** Characters of context shown on each side of the evidence. */
const CONTEXT_CHARS = 80;

function evidence(offsets: Utf8Offsets, start: number, end: number): HTMLElement {
  const from = offsets.toIndex(start);
  const to = offsets.toIndex(end);
  const text = offsets.text;
  const before = text.slice(Math.max(0, from - CONTEXT_CHARS), from);
  const after = text.slice(to, to + CONTEXT_CHARS);
  return h('blockquote', { class: 'evidence' },
    from > CONTEXT_CHARS ? '…' : '', before, h('mark', {}, text.slice(from, to)), after,
    to + CONTEXT_CHARS < text.length ? '…' : '');
}

function entityLink(id: number | null | undefined, name: string, entities: Map<number, ArticleEntity>): Child {
  if (id === null || id === undefined) return name;
  const type = entities.get(id)?.type;
  return [link(`/entities/${id}`, name), type ? ` (${typeLabel(type)})` : ''];
}

function facts(rows: Array<[string, Child]>): HTMLElement {
  return h('dl', { class: 'facts' }, rows.filter(([, v]) => v !== null && v !== '' && v !== undefined).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

/** Every highlight of the article and its span. */
function highlightsOf(article: Article, offsets: Utf8Offsets): { highlights: Highlight[]; spans: Span[] } {
  const highlights: Highlight[] = [];
  const spans: Span[] = [];
  const entities = new Map(article.entities.map((e) => [e.id, e]));
  const add = (start: number, end: number, highlight: Highlight) => {
    spans.push({ start, end, ref: highlights.length });
    highlights.push(highlight);
  };
  const role = (r: EventRole | null) => (r ? entityLink(r.entity, r.name, entities) : null);
  for (const entity of article.entities) {
    for (const m of entity.mentions) {
      add(m.start, m.end, {
        layer: 'entity', kind: `entity type-${entity.type}`, title: `${typeLabel(entity.type)}: ${entity.name}`,
        details: () => [
          h('h3', {}, `Entity · ${typeLabel(entity.type)}`),
          facts([
            ['Canonical entity', link(`/entities/${entity.id}`, entity.name)],
            ['Roles', entity.roles.join('; ')],
            ['In this article', plural(entity.mentions.length, 'mention')],
          ]),
          h('h4', {}, 'Evidence'), evidence(offsets, m.start, m.end),
        ],
      });
    }
  }
  for (const q of article.quotes) {
    add(q.start, q.end, {
      layer: 'quote', kind: 'quote', title: `quote${q.speaker_name ? ` by ${q.speaker_name}` : ''}`,
      details: () => [
        h('h3', {}, q.partial ? 'Quote (partial)' : 'Quote'),
        facts([
          ['Speaker', q.speaker_name ? entityLink(q.speaker, q.speaker_name, entities) : 'unknown'],
          ['Cue', q.cue?.text ?? ''],
        ]),
        h('h4', {}, 'Evidence'), evidence(offsets, q.speaker_span ? Math.min(q.start, q.speaker_span.start) : q.start,
          q.speaker_span ? Math.max(q.end, q.speaker_span.end) : q.end),
      ],
    });
  }
  for (const c of article.counts) {
    add(c.start, c.end, {
      layer: 'count', kind: 'count', title: `count: ${c.type} ${c.number}`,
      details: () => [
        h('h3', {}, `Count · ${c.type}`),
        facts([['Number', c.number.toLocaleString('en')], ['Of', c.object ?? '']]),
        h('h4', {}, 'Evidence'), evidence(offsets, c.start, c.end),
      ],
    });
  }
  for (const e of article.events) {
    add(e.trigger.start, e.trigger.end, {
      layer: 'event', kind: 'event', title: `event: ${e.type}`,
      details: () => [
        h('h3', {}, `Event · ${e.type}`),
        facts([['Actor', role(e.actor)], ['Target', role(e.target)], ['Where', role(e.location)], ['When', e.date ?? '']]),
        h('h4', {}, 'Evidence'), evidence(offsets, e.sentence.start, e.sentence.end),
      ],
    });
  }
  return { highlights, spans };
}

/**
 * The pieces as marks. A mark without nested highlights is itself the control (role
 * button, in the tab order); one with nested highlights holds a small handle button
 * instead, so that no control sits inside another.
 */
function renderPieces(text: string, pieces: Piece[], highlights: Highlight[]): Child[] {
  return pieces.map((p) => {
    if (!p.span) return text.slice(p.from, p.to);
    const hl = highlights[p.span.ref];
    const common = { class: `hl hl-${hl.kind}`, 'data-layer': hl.layer, 'data-ref': p.span.ref, title: hl.title };
    if (p.children.length === 0) {
      return h('mark', { ...common, class: `${common.class} hl-control`, tabindex: 0, role: 'button', 'aria-controls': 'span-detail' },
        text.slice(p.from, p.to));
    }
    return h('mark', common,
      h('button', { type: 'button', class: `hl-handle hl-control handle-${hl.layer}`, 'data-layer': hl.layer, 'aria-label': hl.title, 'aria-controls': 'span-detail' }),
      renderPieces(text, p.children, highlights));
  });
}

function layerToggles(body: HTMLElement): HTMLElement {
  return h('fieldset', { class: 'layers' }, h('legend', {}, 'Highlight'), LAYERS.map(({ layer, label }) => {
    const id = `layer-${layer}`;
    const box = h('input', {
      type: 'checkbox', id, checked: true,
      onchange: (e: Event) => {
        const on = (e.target as HTMLInputElement).checked;
        body.classList.toggle(`hide-${layer}`, !on);
        body.querySelectorAll(`.hl-control[data-layer=${layer}]`).forEach((m) => m.setAttribute('tabindex', on ? '0' : '-1'));
      },
    });
    return h('span', { class: `layer-toggle swatch-${layer}` }, box, h('label', { for: id }, label));
  }));
}

function sidebar(article: Article): Child[] {
  const byType = new Map<string, ArticleEntity[]>();
  for (const e of article.entities) byType.set(e.type, [...(byType.get(e.type) ?? []), e]);
  return [
    section('Entities', [...byType].map(([type, list]) => [
      h('h3', {}, typeLabel(type)),
      h('ul', { class: 'inline-list' }, list.map((e) => h('li', {}, link(`/entities/${e.id}`, e.name)))),
    ]), 'None found.', article.entities.length === 0),
    section('Places', h('ul', {}, article.locations.map((l) => h('li', {},
      link(`/entities/${l.entity_id}`, l.name), ` ${[l.kind, l.admin1, l.country].filter(Boolean).join(', ')}`))),
      undefined, article.locations.length === 0),
    section('Themes', h('ul', { class: 'inline-list' }, article.themes.map((t) => h('li', {}, link(`/?theme=${encodeURIComponent(t.theme)}`, t.theme)))),
      undefined, article.themes.length === 0),
    article.tone && section('Tone', facts([
      ['Score', article.tone.score.toFixed(2)], ['Positive', article.tone.positive.toFixed(2)],
      ['Negative', article.tone.negative.toFixed(2)], ['Words', String(article.tone.word_count)],
    ])),
  ];
}

export const articlePage: Page = async ({ root, route, signal }) => {
  fill(root, status('Loading the article…'));
  const article = await getJson<Article>(`articles/${encodeURIComponent(route.id)}`, {}, signal);
  const title = article.title || article.url || `Article ${article.id}`;
  setTitle(title);
  const offsets = new Utf8Offsets(article.text);
  const { highlights, spans } = highlightsOf(article, offsets);
  const { pieces, skipped } = layoutSpans(article.text, spans);
  const detail = h('aside', { id: 'span-detail', class: 'span-detail', 'aria-live': 'polite', 'aria-label': 'Highlight details' },
    h('p', { class: 'muted' }, 'Choose a highlight (click, or Enter on it) to see what it is and its evidence.'));
  const body = h('div', { class: 'article-text', lang: article.lang ?? null }, renderPieces(article.text, pieces, highlights));
  let active: Element | null = null;
  const close = () => {
    detail.classList.remove('open');
    // Back to the control that opened the details: the mark, or its handle.
    const control = active?.matches('.hl-control') ? active : active?.querySelector(':scope > .hl-handle');
    (control as HTMLElement | null)?.focus();
  };
  const choose = (mark: Element) => {
    active?.classList.remove('active');
    active = mark;
    mark.classList.add('active');
    fill(detail,
      h('button', { type: 'button', class: 'close', 'aria-label': 'Close details', onclick: close }, '✕'),
      highlights[Number(mark.getAttribute('data-ref'))].details());
    detail.classList.add('open');
  };
  detail.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
  body.addEventListener('click', (e) => {
    const mark = (e.target as Element).closest('mark[data-ref]');
    if (mark) choose(mark);
  });
  body.addEventListener('keydown', (e) => {
    const mark = (e.target as Element).closest('mark[data-ref]');
    if (mark && mark === e.target) activateOnKey(e, () => choose(mark));
  });
  const meta = [article.source ?? article.site_name, day(article.published), article.dateline, article.authors.join(', ')].filter(Boolean).join(' · ');
  fill(root, h('article', { class: 'reader' },
    h('header', {},
      h('h1', {}, title),
      h('p', { class: 'meta' }, meta),
      h('p', { class: 'meta' },
        article.url && h('a', { href: article.url, rel: 'noopener noreferrer' }, 'Original'),
        article.story && [' · Story: ', link(`/stories/${article.story.id}`, article.story.label || `Story ${article.story.id}`)],
        article.duplicate_of !== null && [' · Near-duplicate of ', link(`/articles/${article.duplicate_of}`, `article ${article.duplicate_of}`)]),
      // A page's meta description often repeats the body's first paragraph: shown once.
      article.description && !article.text.startsWith(article.description) &&
        h('p', { class: 'standfirst' }, article.description),
      layerToggles(body),
      skipped.length > 0 && h('p', { class: 'muted' }, `${plural(skipped.length, 'span')} with offsets outside the text not shown.`)),
    h('div', { class: 'reader-body' }, body, detail),
    h('div', { class: 'reader-side' }, sidebar(article)),
  ));
};
