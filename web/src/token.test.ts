import { describe, expect, it } from 'vitest';
import { tokenFromHash } from './api';

describe('the token in a page address (#token=T)', () => {
  it('reads a plain and a URI-encoded token', () => {
    expect(tokenFromHash('#token=s3cret')).toBe('s3cret');
    expect(tokenFromHash('#token=a%2Fb%20c%3D')).toBe('a/b c=');
  });

  it('is null for other fragments, an empty token or a bad escape', () => {
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#main')).toBeNull();
    expect(tokenFromHash('#token=')).toBeNull();
    expect(tokenFromHash('#tokens=x')).toBeNull();
    expect(tokenFromHash('#token=%zz')).toBeNull();
  });
});
