import { expect } from 'vitest';
import { asError, hasError, lintErrors, lintFiles, type Expected, type LintFile } from './judge.ts';

/** Judged file interface: a request saved for `instance-preflight lint` and the verdict `validate()` gave it. */
export interface JudgedFile {
  /** The file. */
  readonly file: LintFile;
  /** The finding it must give; `undefined` when it must have no error. */
  readonly expected: Expected | undefined;
}

/**
 * Lints the files with the built CLI and expects each to get the verdict `validate()` gave: the expected error at
 * its pointer, or no error at all.
 *
 * @param files The files and their verdicts.
 */
export async function expectLintVerdicts(files: readonly JudgedFile[]): Promise<void> {
  const linted = await lintFiles(files.map(({ file }) => file));
  for (const { file, expected } of files) {
    expect(linted.has(file.name), file.name).toBe(true);
    const errors = lintErrors(linted.get(file.name));
    // A request-lines file reports each path below its line index.
    const prefix = file.name.endsWith('.json') ? [] : [0];
    if (expected) expect(hasError(errors, expected, '/', prefix), `${file.name}: ${asError(expected)}`).toBe(true);
    else expect(errors, file.name).toEqual([]);
  }
}
