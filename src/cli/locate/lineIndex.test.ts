import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { lineIndex } from './lineIndex.ts';

test('lineIndex counts \\n, \\r\\n and a lone \\r as one line break each', () => {
  const { position } = lineIndex('ab\ncd\r\nef\rg');
  expect(position(0)).toEqual({ line: 1, column: 1 });
  expect(position(3)).toEqual({ line: 2, column: 1 });
  expect(position(6)).toEqual({ line: 2, column: 4 });
  expect(position(7)).toEqual({ line: 3, column: 1 });
  expect(position(10)).toEqual({ line: 4, column: 1 });
  expect(position(11)).toEqual({ line: 4, column: 2 });
});

test.prop([fc.string({ unit: fc.constantFrom('a', '\n', '\r', 'é') }), fc.nat()])('lineIndex agrees with a scan from the start', (text, at) => {
  const offset = text.length === 0 ? 0 : at % text.length;
  let line = 1;
  let start = 0;
  for (let index = 0; index < offset; index++) {
    if (text[index] === '\n' || (text[index] === '\r' && text[index + 1] !== '\n')) {
      line++;
      start = index + 1;
    }
  }
  expect(lineIndex(text).position(offset)).toEqual({ line, column: offset - start + 1 });
});
