// UTF-8 byte offsets (the API's span offsets) to JavaScript string indices
// (UTF-16 code units), and back.

/** The number of UTF-8 bytes that encode the code point `cp`. Lone surrogates count 3 (U+FFFD). */
function utf8Length(cp: number): number {
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if (cp < 0x10000) return 3;
  return 4;
}

/**
 * Converts between UTF-8 byte offsets into `text` and indices into the JS string.
 * Built once per text in O(length); each conversion is O(1).
 */
export class Utf8Offsets {
  /** unitAt[b] = the string index of the character that byte b belongs to; unitAt[byteLength] = text.length. */
  private readonly unitAt: Uint32Array;
  /** True where byte b is the first byte of a character (or b == byteLength). */
  private readonly boundary: Uint8Array;
  readonly byteLength: number;

  constructor(readonly text: string) {
    let bytes = 0;
    for (const ch of text) bytes += utf8Length(ch.codePointAt(0)!);
    this.byteLength = bytes;
    this.unitAt = new Uint32Array(bytes + 1);
    this.boundary = new Uint8Array(bytes + 1);
    let b = 0;
    let i = 0;
    for (const ch of text) {
      const n = utf8Length(ch.codePointAt(0)!);
      this.boundary[b] = 1;
      this.unitAt.fill(i, b, b + n);
      b += n;
      i += ch.length;
    }
    this.unitAt[bytes] = text.length;
    this.boundary[bytes] = 1;
  }

  /**
   * The string index for byte offset `byte`. An offset inside a multi-byte character
   * snaps to that character's start; offsets outside [0, byteLength] are clamped.
   */
  toIndex(byte: number): number {
    const b = Math.max(0, Math.min(this.byteLength, Math.trunc(byte)));
    return this.unitAt[b];
  }

  /** True when `byte` falls on a character boundary inside the text (0 and byteLength included). */
  isBoundary(byte: number): boolean {
    return Number.isInteger(byte) && byte >= 0 && byte <= this.byteLength && this.boundary[byte] === 1;
  }

  /** The substring between two byte offsets [start, end), converted as toIndex() does. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toIndex(start), this.toIndex(end));
  }
}

/** The UTF-8 byte offset of string index `index` in `text` (index clamped to the text). */
export function byteOffsetOf(text: string, index: number): number {
  return new TextEncoder().encode(text.slice(0, Math.max(0, index))).length;
}
