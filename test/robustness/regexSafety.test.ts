import { resolve } from 'node:path';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { collectRegexes } from './support/collectRegexes.ts';

const found = collectRegexes(resolve(import.meta.dirname, '../..'));

describe('regular expressions in src/', () => {
  it('are collected from the source text', () => {
    // The library has regexes (query parsing, integer coercion); finding none means the scanner broke.
    expect(found.length).toBeGreaterThan(0);
  });

  it('are all static, so each can be proven safe', () => {
    expect(found.filter((regex) => regex.source === undefined).map((regex) => regex.at)).toEqual([]);
  });

  it('are free of catastrophic backtracking (recheck says "safe" for every one)', async () => {
    const verdicts = await Promise.all(
      found.map(async ({ at, source = '', flags }) => {
        const diagnostics = await check(source, flags, { timeout: 10_000 });
        return { at, regex: `/${source}/${flags}`, status: diagnostics.status, error: diagnostics.status === 'unknown' ? diagnostics.error.kind : undefined };
      }),
    );
    // "unknown" (recheck could not decide, or could not run) fails too: only a proof counts.
    expect(verdicts.filter((verdict) => verdict.status !== 'safe')).toEqual([]);
  }, 60_000);
});

describe('recheck itself', () => {
  it('runs and tells a vulnerable pattern from a safe one', async () => {
    // Guards the test above against a recheck that answers "safe" for everything, or cannot run at all.
    expect((await check('^(a+)+$', '')).status).toBe('vulnerable');
    expect((await check('^[A-Za-z0-9+/]*={0,2}$', '')).status).toBe('safe');
  }, 60_000);
});
