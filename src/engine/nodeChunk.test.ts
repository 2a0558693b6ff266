import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadChunk } from './nodeChunk.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Writes a chunk file (an ES module, as the bundles' are) into a fresh folder, and returns its name relative to `nodeChunk.ts`. */
function chunkAt(folder: string, file: string, text: string): string {
  writeFileSync(join(folder, 'package.json'), '{ "type": "module" }');
  writeFileSync(join(folder, `${file}.js`), text);
  return relative(here, join(folder, file)).split('\\').join('/');
}

describe('loadChunk (the Node bundles’ deferred chunks)', () => {
  it('requires the chunk of that name, relative to its own module', () => {
    const folder = mkdtempSync(join(tmpdir(), 'node-chunk-'));
    try {
      expect(loadChunk(chunkAt(folder, 'present', 'export const table = { answer: 42 };'))).toMatchObject({ table: { answer: 42 } });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('names the fix when the chunk is not there (an app bundler took the node build), its cause the require error', () => {
    expect(() => loadChunk('absent-chunk')).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/chunks\/absent-chunk\.js is not beside this code.*`module` build/),
        cause: expect.objectContaining({
          code: 'MODULE_NOT_FOUND',
          message: expect.stringContaining("'./absent-chunk.js'"),
          requireStack: [fileURLToPath(new URL('./nodeChunk.ts', import.meta.url))],
        }),
      }),
    );
  });

  it('lets an error the chunk itself throws through as it is', () => {
    const folder = mkdtempSync(join(tmpdir(), 'node-chunk-'));
    try {
      const name = chunkAt(folder, 'throwing', "throw new RangeError('from the chunk');");
      expect(() => loadChunk(name)).toThrow(new RangeError('from the chunk'));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
