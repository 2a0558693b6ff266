import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText.ts';

const TEXT = '{"HostName":"wéb-01","Password":"𝒫ass"}';

/** The text in UTF-16 with its byte order mark, little- or big-endian. */
function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const bytes = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return endian === 'le' ? bytes : bytes.swap16();
}

describe('decodeText (lint file bytes)', () => {
  it('decodes UTF-8, only the bytes that are the file’s, its byte order mark dropped', () => {
    const bytes = Buffer.from(`\uFEFF${TEXT}garbage`, 'utf8');
    expect(decodeText(bytes, bytes.length - 'garbage'.length)).toBe(TEXT);
    expect(decodeText(Buffer.from(TEXT), Buffer.byteLength(TEXT))).toBe(TEXT);
    expect(decodeText(Buffer.alloc(0), 0)).toBe('');
  });

  it('decodes UTF-16 little- and big-endian from their byte order marks, the mark dropped', () => {
    for (const endian of ['le', 'be'] as const) {
      const bytes = utf16(TEXT, endian);
      expect(decodeText(bytes, bytes.length), endian).toBe(TEXT);
    }
  });

  it('ends an odd-length UTF-16 file in U+FFFD, and reads bytes without a mark as UTF-8', () => {
    const bytes = utf16('{}', 'le');
    expect(decodeText(bytes, bytes.length - 1)).toBe('{\uFFFD');
    expect(decodeText(Buffer.from([0xff]), 1)).toBe('\uFFFD');
    expect(decodeText(Buffer.from('{}', 'utf16le'), 4)).toBe('{\u0000}\u0000');
  });
});
