import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { escapeText, MAX_ECHOED } from './escapeText.ts';

describe('escapeText', () => {
  test('makes controls, DEL, C1, separators, bidi characters and lone surrogates visible', () => {
    expect(escapeText('a\u001b[2Jb\r\n\t\u007f\u009b\u2028\u202e\ud800z')).toBe('a\\x1B[2Jb\\x0D\\x0A\\x09\\x7F\\x9B\\u{2028}\\u{202E}\\u{D800}z');
    expect(escapeText('é😀 plain')).toBe('é😀 plain');
  });

  test('cuts long text, never inside a surrogate pair, and says how much is left out', () => {
    expect(escapeText('x'.repeat(9_000_000))).toBe(`${'x'.repeat(MAX_ECHOED)}…(+${9_000_000 - MAX_ECHOED})`);
    expect(escapeText(`ab😀`, 3)).toBe('ab…(+2)');
  });

  test('never lets a line begin with a workflow command', () => {
    expect(escapeText('::error file=a::forged')).toBe('\\x3A:error file=a::forged');
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 400 })])('leaves no unsafe character and stays bounded', (text) => {
    const escaped = escapeText(text);
    expect(escaped).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/);
    expect(escaped.startsWith('::')).toBe(false);
    expect(escaped.length).toBeLessThanOrEqual(MAX_ECHOED * 8 + 20);
  });
});
