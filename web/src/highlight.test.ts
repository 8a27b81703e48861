import { describe, expect, it } from 'vitest';
import { layoutSpans, type Piece, type Span } from './highlight';

/** A readable form of the pieces: plain text as is, span pieces as `[ref:...]`. */
function show(text: string, pieces: Piece[]): string {
  return pieces
    .map((p) => (p.span ? `[${p.span.ref}:${p.children.length ? show(text, p.children) : text.slice(p.from, p.to)}]` : text.slice(p.from, p.to)))
    .join('');
}

function bytes(text: string, needle: string, ref: number): Span {
  const b = Buffer.from(text, 'utf8');
  const start = b.indexOf(Buffer.from(needle, 'utf8'));
  if (start < 0) throw new Error(needle);
  return { start, end: start + Buffer.byteLength(needle), ref };
}

describe('layoutSpans', () => {
  it('leaves text without spans as one plain piece', () => {
    const { pieces } = layoutSpans('Rabat – Salé', []);
    expect(show('Rabat – Salé', pieces)).toBe('Rabat – Salé');
  });

  it('places spans after non-ASCII text at the right characters', () => {
    const text = '“Really I was frightened,” said Abdelhak El Khiam in Salé near Rabat.';
    const spans = [bytes(text, 'Abdelhak El Khiam', 1), bytes(text, 'Salé', 2), bytes(text, 'Rabat', 3)];
    expect(show(text, layoutSpans(text, spans).pieces)).toBe(
      '“Really I was frightened,” said [1:Abdelhak El Khiam] in [2:Salé] near [3:Rabat].',
    );
  });

  it('nests spans inside a quote, the longer span outside at the same start', () => {
    const text = 'He said “Morocco will act” today.';
    const spans = [bytes(text, 'Morocco', 2), bytes(text, '“Morocco will act”', 1), bytes(text, 'Morocco will', 3)];
    expect(show(text, layoutSpans(text, spans).pieces)).toBe('He said [1:“[3:[2:Morocco] will] act”] today.');
  });

  it('splits a span that crosses the end of another', () => {
    const text = 'ten men arrested in Sale';
    const spans = [bytes(text, 'ten men arrested', 1), bytes(text, 'arrested in Sale', 2)];
    expect(show(text, layoutSpans(text, spans).pieces)).toBe('[1:ten men [2:arrested]][2: in Sale]');
  });

  it('skips empty spans and spans off character boundaries or beyond the text', () => {
    const text = 'a€b';
    const { pieces, skipped } = layoutSpans(text, [
      { start: 2, end: 4, ref: 1 },
      { start: 1, end: 1, ref: 2 },
      { start: 4, end: 9, ref: 3 },
      { start: 1, end: 4, ref: 4 },
    ]);
    expect(skipped.map((s) => s.ref)).toEqual([1, 2, 3]);
    expect(show(text, pieces)).toBe('a[4:€]b');
  });

  it('gives a span pieces inside only when another span nests in it', () => {
    const text = 'the BCIJ in Rabat';
    const { pieces } = layoutSpans(text, [bytes(text, 'BCIJ', 1), bytes(text, 'BCIJ in Rabat', 2), bytes(text, 'Rabat', 3)]);
    const outer = pieces.find((p) => p.span?.ref === 2)!;
    expect(outer.children.map((c) => c.span?.ref ?? null)).toEqual([1, null, 3]);
    expect(outer.children.every((c) => c.children.length === 0)).toBe(true);
  });

  it('keeps every character exactly once', () => {
    const text = 'The BCIJ said 😀 ten “suspects” were held in Témara and Salé.';
    const spans = ['BCIJ', 'ten “suspects”', '“suspects” were', 'Témara', 'Salé', 'held in Témara'].map((n, i) =>
      bytes(text, n, i),
    );
    const flat = (pieces: Piece[]): string =>
      pieces.map((p) => (p.children.length ? flat(p.children) : text.slice(p.from, p.to))).join('');
    expect(flat(layoutSpans(text, spans).pieces)).toBe(text);
  });
});
