// Widgets the pages share: status messages, pagers, bar charts, labels, the token prompt.

import { ApiError, setToken } from './api';
import { h, svg, type Child } from './dom';
import type { Bucket } from './histogram';

/** Sets the document title to "`title` · lede". */
export function setTitle(title: string): void {
  document.title = title ? `${title} · lede` : 'lede';
}

/** A polite live region announcing `text` ("Loading…", "12 results"). */
export function status(text: string): HTMLElement {
  return h('p', { class: 'status', role: 'status' }, text);
}

/** The message for an error: the API's message, or the error's. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    return error.status === 0 ? error.message : `${error.message} (${error.status} ${error.code})`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** An alert box for a failed request. */
export function errorBox(error: unknown): HTMLElement {
  return h('div', { class: 'error', role: 'alert' }, h('strong', {}, 'Could not load: '), errorText(error));
}

/** A date as given, cut to the day ("2015-03-20T10:00:00Z" → "2015-03-20"); '' for none. */
export function day(date: string | null | undefined): string {
  return date ? date.slice(0, 10) : '';
}

/** The entity type as a short lower-case label ("PERSON" → "person"). */
export function typeLabel(type: string): string {
  return type.toLowerCase();
}

/** "1 article", "3 articles". */
export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Previous/next buttons for a list of `total` items shown `limit` at a time from `offset`.
 * `go` is called with the new offset. Nothing when everything fits on one page.
 */
export function pager(total: number, offset: number, limit: number, go: (offset: number) => void): HTMLElement | null {
  if (total <= limit && offset === 0) return null;
  const last = Math.min(offset + limit, total);
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    h('button', { type: 'button', disabled: offset === 0, onclick: () => go(Math.max(0, offset - limit)) }, '← Previous'),
    h('span', {}, `${total === 0 ? 0 : offset + 1}–${last} of ${total.toLocaleString('en')}`),
    h('button', { type: 'button', disabled: last >= total, onclick: () => go(offset + limit) }, 'Next →'),
  );
}

export interface BarChartOptions {
  /** The chart's accessible name. */
  label: string;
  /** Called when a bar is chosen (click, Enter or Space); bars are buttons when given. */
  onSelect?: (bucket: Bucket) => void;
  /** The bucket to show as selected. */
  selected?: (bucket: Bucket) => boolean;
  height?: number;
}

/** A bar chart of date buckets (SVG, scales to its container), with first and last dates below. */
export function barChart(buckets: Bucket[], options: BarChartOptions): HTMLElement {
  const height = options.height ?? 80;
  const width = Math.max(buckets.length * 12, 120);
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const step = width / Math.max(1, buckets.length);
  const bars = buckets.map((bucket, i) => {
    const barHeight = bucket.count === 0 ? 0 : Math.max(2, (bucket.count / max) * (height - 4));
    const name = `${bucket.key}: ${bucket.count}`;
    const choose = () => options.onSelect?.(bucket);
    const interactive = options.onSelect && bucket.count > 0;
    return svg(
      'g',
      {
        class: `bar${options.selected?.(bucket) ? ' selected' : ''}`,
        role: interactive ? 'button' : 'img',
        tabindex: interactive ? 0 : null,
        'aria-label': name,
        onclick: interactive ? choose : null,
        onkeydown: interactive ? (e: Event) => activateOnKey(e as KeyboardEvent, choose) : null,
      },
      svg('title', {}, name),
      // A full-height hit area, so thin bars are easy to click.
      svg('rect', { class: 'hit', x: i * step, y: 0, width: step, height }),
      svg('rect', { x: i * step + step * 0.1, y: height - barHeight, width: step * 0.8, height: barHeight }),
    );
  });
  const chart = svg(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: 'none', role: 'group', 'aria-label': options.label },
    bars,
  );
  const first = buckets[0]?.key ?? '';
  const last = buckets[buckets.length - 1]?.key ?? '';
  return h('figure', { class: 'chart' }, chart, h('figcaption', {}, h('span', {}, first), h('span', {}, last)));
}

/** Calls `action` on Enter or Space (what a native button does), for elements given role=button. */
export function activateOnKey(event: KeyboardEvent, action: () => void): void {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    action();
  }
}

/** A titled section, or nothing when `items` is empty and no `empty` text is given. */
export function section(title: string, body: Child, empty?: string, isEmpty = false): HTMLElement | null {
  if (isEmpty && empty === undefined) return null;
  return h('section', { class: 'panel', 'aria-label': title }, h('h2', {}, title), isEmpty ? h('p', { class: 'muted' }, empty!) : body);
}

/** A field of a filter form; its `name` is the URL and API parameter. */
export interface FilterField {
  name: string;
  label: string;
  type?: 'text' | 'date' | 'search';
  placeholder?: string;
  /** Suggestions (a datalist). */
  options?: string[];
}

/**
 * A filter form whose fields start from `query` and which, on submit, navigates to
 * `path` with the non-empty values as the query string (offset reset).
 */
export function filterForm(path: string, fields: FilterField[], query: URLSearchParams, go: (url: string) => void): HTMLFormElement {
  const inputs = fields.map((f) => {
    const id = `filter-${f.name}`;
    const list = f.options ? h('datalist', { id: `${id}-options` }, f.options.map((o) => h('option', { value: o }))) : null;
    const input = h('input', {
      id, name: f.name, type: f.type ?? 'text', value: query.get(f.name) ?? '', placeholder: f.placeholder ?? null,
      list: list ? `${id}-options` : null, autocomplete: 'off',
    });
    return { f, input, el: h('div', { class: 'field' }, h('label', { for: id }, f.label), input, list) };
  });
  return h('form', {
    class: 'filter-form',
    onsubmit: (e: Event) => {
      e.preventDefault();
      const params = new URLSearchParams();
      for (const { f, input } of inputs) if (input.value.trim()) params.set(f.name, input.value.trim());
      const q = params.toString();
      go(q ? `${path}?${q}` : path);
    },
  }, inputs.map((i) => i.el), h('button', { type: 'submit' }, 'Apply'));
}

/** The `offset` parameter of a list page's URL (0 when absent or bad). */
export function offsetOf(query: URLSearchParams): number {
  const n = Number(query.get('offset') ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** The URL of a list page with `offset` changed. */
export function withOffset(path: string, query: URLSearchParams, offset: number): string {
  const params = new URLSearchParams(query);
  if (offset > 0) params.set('offset', String(offset));
  else params.delete('offset');
  const q = params.toString();
  return q ? `${path}?${q}` : path;
}

/**
 * The form asking for the server's token after a 401 (`lede serve --token`): submitting keeps
 * the token for this tab and reloads the page, whose requests then carry it.
 */
export function tokenPrompt(): HTMLFormElement {
  const input = h('input', { type: 'password', id: 'token', name: 'token', autocomplete: 'current-password', required: true });
  const form = h('form', {
    class: 'token-prompt', 'aria-labelledby': 'token-title',
    onsubmit: (e: Event) => {
      e.preventDefault();
      setToken(input.value);
      location.reload();
    },
  },
  h('h2', { id: 'token-title' }, 'This server needs a token'),
  h('p', {}, 'It was started with lede serve --token. The token is kept for this browser tab only.'),
  h('label', { for: 'token' }, 'Token '), input, ' ', h('button', { type: 'submit' }, 'Continue'));
  return form;
}

