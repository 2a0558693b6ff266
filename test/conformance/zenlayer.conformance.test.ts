/**
 * Zenlayer ZEC ResetInstance as the official clients send it. Zenlayer publishes no npm SDK (its SDKs
 * are Go, Python and Java), so every request here is a serializer-derived fixture
 * (`fixtures/zenlayer/<client>/SOURCE.md`), through `validate()` and through `instance-preflight lint`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { asError, errorsOf, lintErrors, lintFiles, pointerOf, removeCli, type Expected, type LintFile } from './support/judge.ts';
import { loadFixtures } from './support/fixtures.ts';

const CLIENTS = ['zenlayercloud-sdk-go', 'zenlayercloud-sdk-java', 'zenlayercloud-sdk-python'];

afterAll(async () => {
  await removeCli();
});

const files: { readonly file: LintFile; readonly expected: Expected | undefined }[] = [];

describe('Zenlayer clients: serializer-derived fixtures', () => {
  const fixtures = loadFixtures('zenlayer');

  it('cover the Go, Java and Python SDKs with the same table: one request, up to three byte forms', () => {
    expect([...new Set(fixtures.map((fixture) => fixture.client))]).toEqual(CLIENTS);
    const byFile = new Map<string, string[]>();
    for (const { file, text } of fixtures) byFile.set(file, [...(byFile.get(file) ?? []), text]);
    for (const [file, texts] of byFile) {
      expect(texts.length, file).toBe(CLIENTS.length);
      const contents = texts.map((text) => JSON.stringify(Object.entries(JSON.parse(text) as object).sort()));
      expect(new Set(contents).size, file).toBe(1);
    }
  });

  it.each(fixtures)('$client $file', ({ client, file, text, api, os, expected }) => {
    const errors = errorsOf(api, JSON.parse(text), os ? { os } : {});
    if (expected) expect(errors).toContain(asError(expected));
    else expect(errors).toEqual([]);
    files.push({ file: { name: `${client}--${file}`, api, ...(os ? { os } : {}), text }, expected });
  });
});

describe('instance-preflight lint', () => {
  it('gives the same verdicts on every fixture', async () => {
    expect(files.length).toBeGreaterThan(0);
    const linted = await lintFiles(files.map(({ file }) => file));
    for (const { file, expected } of files) {
      expect(linted.has(file.name), file.name).toBe(true);
      const errors = lintErrors(linted.get(file.name));
      if (expected) expect(errors, file.name).toContain(`${expected.rule} ${pointerOf(expected.path)}`);
      else expect(errors, file.name).toEqual([]);
    }
  });
});
