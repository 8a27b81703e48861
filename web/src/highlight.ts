// Stand-off spans over an article's text made into a tree of properly nested pieces, so
// that each highlight can be one element. Pure: the article page renders the tree.

import { Utf8Offsets } from './offsets';

/** A span to highlight, in UTF-8 byte offsets [start, end) (the API's offsets). */
export interface Span {
  start: number;
  end: number;
  /** Caller's data, handed back on every piece of the span. */
  ref: number;
}

/** A piece of the text: plain (`span` null) or (part of) a span with its nested pieces. */
export interface Piece {
  span: Span | null;
  /** String indices [from, to) into the text. */
  from: number;
  to: number;
  /** The pieces of [from, to) when spans nest inside this one; empty when none does. */
  children: Piece[];
}

/** Spans whose offsets are not character boundaries inside the text, or empty: they are skipped. */
function usable(span: Span, offsets: Utf8Offsets): boolean {
  return span.start < span.end && offsets.isBoundary(span.start) && offsets.isBoundary(span.end);
}

/**
 * The text as pieces. Spans nest when one lies inside another; a span that crosses the
 * end of an enclosing one is split there (both pieces carry it). Among spans with the
 * same start, the longer one encloses. Spans that are empty or do not fall on character
 * boundaries are skipped (returned in `skipped`).
 */
export function layoutSpans(text: string, spans: Span[]): { pieces: Piece[]; skipped: Span[] } {
  const offsets = new Utf8Offsets(text);
  const skipped = spans.filter((s) => !usable(s, offsets));
  const ranged = spans
    .filter((s) => usable(s, offsets))
    .map((span) => ({ span, from: offsets.toIndex(span.start), to: offsets.toIndex(span.end) }))
    .sort((a, b) => a.from - b.from || b.to - a.to || a.span.ref - b.span.ref);
  return { pieces: nest(ranged, 0, text.length), skipped };
}

type Ranged = { span: Span; from: number; to: number };

/** The pieces of [from, to) given the spans (sorted by start, longest first) that start inside it. */
function nest(spans: Ranged[], from: number, to: number): Piece[] {
  const pieces: Piece[] = [];
  let at = from;
  let i = 0;
  while (i < spans.length) {
    const outer = spans[i];
    const start = Math.max(outer.from, at);
    const end = Math.min(outer.to, to);
    if (start > at) pieces.push({ span: null, from: at, to: start, children: [] });
    // Spans starting inside `outer`: nested, cut at its end; the rest of a crossing span goes on after it.
    const inner: Ranged[] = [];
    const carried: Ranged[] = [];
    i++;
    while (i < spans.length && spans[i].from < end) {
      const s = spans[i++];
      inner.push({ ...s, to: Math.min(s.to, end) });
      if (s.to > end) carried.push({ ...s, from: end });
    }
    if (end > start) pieces.push({ span: outer.span, from: start, to: end, children: inner.length ? nest(inner, start, end) : [] });
    at = Math.max(at, end);
    if (carried.length) {
      spans = [...carried, ...spans.slice(i)].sort((a, b) => a.from - b.from || b.to - a.to || a.span.ref - b.span.ref);
      i = 0;
    }
  }
  if (at < to) pieces.push({ span: null, from: at, to, children: [] });
  return pieces;
}
