import { describe, expect, it } from 'vitest';
import { snippetParts } from './snippet';

describe('snippetParts', () => {
  it('marks the bracketed terms', () => {
    expect(snippetParts('...the [election] in [Salé]...')).toEqual([
      { text: '...the ', match: false },
      { text: 'election', match: true },
      { text: ' in ', match: false },
      { text: 'Salé', match: true },
      { text: '...', match: false },
    ]);
  });

  it('keeps an unclosed bracket as text and handles empty input', () => {
    expect(snippetParts('a [b')).toEqual([{ text: 'a [b', match: false }]);
    expect(snippetParts('')).toEqual([]);
    expect(snippetParts('[x]')).toEqual([{ text: 'x', match: true }]);
  });
});
