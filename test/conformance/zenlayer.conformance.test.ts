/**
 * Zenlayer ZEC ResetInstance as the official clients send it. Zenlayer publishes no npm SDK (its SDKs
 * are Go, Python and Java, its CLI `zeno` is Go), so every request here is a serializer-derived fixture
 * (`fixtures/zenlayer/<client>/SOURCE.md`), through `validate()` and through `instance-preflight lint`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { asError, errorsOf, hasError, removeCli } from './support/judge.ts';
import { expectLintVerdicts, type JudgedFile } from './support/expectLintVerdicts.ts';
import { loadFixtures } from './support/fixtures.ts';

const CLIENTS = ['zenlayercloud-cli', 'zenlayercloud-sdk-go', 'zenlayercloud-sdk-java', 'zenlayercloud-sdk-python'];

/** A body's content, key order aside; `false` flags left out, as the CLI never sends one. */
const content = (text: string): string =>
  JSON.stringify(Object.entries(JSON.parse(text) as Record<string, unknown>).filter(([, value]) => value !== false).sort());

afterAll(async () => {
  await removeCli();
});

const files: JudgedFile[] = [];

describe('Zenlayer clients: serializer-derived fixtures', () => {
  const fixtures = loadFixtures('zenlayer');

  it('cover the CLI and the Go, Java and Python SDKs with the same table: one request, several byte forms', () => {
    expect([...new Set(fixtures.map((fixture) => fixture.client))]).toEqual(CLIENTS);
    const byFile = new Map<string, string[]>();
    for (const { file, text } of fixtures) byFile.set(file, [...(byFile.get(file) ?? []), text]);
    for (const [file, texts] of byFile) {
      expect(texts.length, file).toBe(CLIENTS.length);
      expect(new Set(texts.map(content)).size, file).toBe(1);
    }
  });

  it('zeno drops a false flag: --enable-agent false sends no enableAgent', () => {
    const cli = fixtures.find((fixture) => fixture.client === 'zenlayercloud-cli' && fixture.file === 'key-image-options.json');
    const sdk = fixtures.find((fixture) => fixture.client === 'zenlayercloud-sdk-go' && fixture.file === 'key-image-options.json');
    expect(JSON.parse(sdk?.text ?? '{}')).toHaveProperty('enableAgent', false);
    expect(JSON.parse(cli?.text ?? '{}')).not.toHaveProperty('enableAgent');
  });

  it.each(fixtures)('$client $file', ({ client, file, text, api, os, expected }) => {
    const errors = errorsOf(api, JSON.parse(text), os ? { os } : {});
    if (expected) expect(hasError(errors, expected), asError(expected)).toBe(true);
    else expect(errors).toEqual([]);
    files.push({ file: { name: `${client}--${file}`, api, ...(os ? { os } : {}), text }, expected });
  });
});

describe('instance-preflight lint', () => {
  it('gives the same verdicts on every fixture', async () => {
    expect(files.length).toBeGreaterThan(0);
    await expectLintVerdicts(files);
  });
});
