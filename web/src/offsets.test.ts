import { describe, expect, it } from 'vitest';
import { byteOffsetOf, Utf8Offsets } from './offsets';

/** The first byte span [start, end) of `needle` in the UTF-8 bytes of `text`. */
function byteSpanOf(text: string, needle: string): [number, number] {
  const bytes = Buffer.from(text, 'utf8');
  const start = bytes.indexOf(Buffer.from(needle, 'utf8'));
  if (start < 0) throw new Error(`${needle} not in text`);
  return [start, start + Buffer.byteLength(needle, 'utf8')];
}

describe('Utf8Offsets', () => {
  const cases: Array<[string, string, string]> = [
    ['ASCII', 'The BCIJ arrested ten men in Sale.', 'ten men'],
    ['two-byte letters before the span', 'Salé and Mohammédia: arrests in Témara', 'Témara'],
    ['three-byte curly quotes', 'He said “Really I was frightened” on Tuesday', 'Really I was frightened'],
    ['four-byte emoji (a surrogate pair in JS)', '😀😀 smile for Rabat 😀', 'Rabat'],
    ['CJK', '東京で選挙 Tokyo election', 'election'],
    ['span made of non-ASCII', 'Москва и Киев', 'Киев'],
    ['span containing an emoji', 'a 🇲🇦 flag', '🇲🇦'],
  ];
  for (const [name, text, needle] of cases) {
    it(`maps byte spans to the same substring: ${name}`, () => {
      const map = new Utf8Offsets(text);
      const [start, end] = byteSpanOf(text, needle);
      expect(map.slice(start, end)).toBe(needle);
      expect(map.toIndex(start)).toBe(text.indexOf(needle));
      expect(map.byteLength).toBe(Buffer.byteLength(text, 'utf8'));
      expect(byteOffsetOf(text, text.indexOf(needle))).toBe(start);
    });
  }

  it('maps the end of the text and clamps beyond it', () => {
    const text = 'Salé';
    const map = new Utf8Offsets(text);
    expect(map.toIndex(5)).toBe(4);
    expect(map.toIndex(99)).toBe(4);
    expect(map.toIndex(-3)).toBe(0);
  });

  it('snaps an offset inside a character to its start and reports it as no boundary', () => {
    const text = 'a€b'; // € is 3 bytes: a=0, €=1..3, b=4
    const map = new Utf8Offsets(text);
    expect(map.toIndex(2)).toBe(1);
    expect(map.toIndex(3)).toBe(1);
    expect(map.toIndex(4)).toBe(2);
    expect(map.isBoundary(1)).toBe(true);
    expect(map.isBoundary(2)).toBe(false);
    expect(map.isBoundary(5)).toBe(true);
    expect(map.isBoundary(6)).toBe(false);
  });

  it('agrees with TextEncoder on every character boundary of a mixed text', () => {
    const text = 'Rabat – “Salé” 😀 東京 end';
    const map = new Utf8Offsets(text);
    for (let i = 0; i <= text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0xdc00 && code <= 0xdfff) continue; // inside a surrogate pair
      expect(map.toIndex(byteOffsetOf(text, i))).toBe(i);
    }
  });
});
