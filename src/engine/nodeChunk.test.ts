import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadChunk } from './nodeChunk.ts';

describe('loadChunk (the Node bundles’ deferred chunks)', () => {
  it('requires the chunk of that name, relative to its own module', () => {
    expect(() => loadChunk('absent-chunk')).toThrow(
      expect.objectContaining({
        code: 'MODULE_NOT_FOUND',
        message: expect.stringContaining("'./absent-chunk.js'"),
        requireStack: [fileURLToPath(new URL('./nodeChunk.ts', import.meta.url))],
      }),
    );
  });
});
