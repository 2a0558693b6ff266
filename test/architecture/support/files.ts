import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder, with a trailing separator. */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Lists every TypeScript file under a folder, tests included.
 *
 * @param folder The folder, repository-relative.
 *
 * @returns The files, repository-relative.
 */
export function typeScriptFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => `${folder}/${name}`);
}

/**
 * Lists the TypeScript files under a folder that are not tests (`*.test.ts`, `*.test-d.ts`).
 *
 * @param folder The folder, repository-relative.
 *
 * @returns The files, repository-relative.
 */
export function sourceFiles(folder: string): string[] {
  return typeScriptFiles(folder).filter((file) => !/\.test(-d)?\.tsx?$/.test(file));
}
