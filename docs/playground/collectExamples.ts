/**
 * Build-time only (Node): turns the repository's `examples/good` and
 * `examples/bad` files into the playground's example list, one entry per
 * request, each filed under the API it is for.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { apis } from '../../src/apis.ts';
import { detectApi } from '../../src/cli/detect/detectApi.ts';
import { readerFor } from '../../src/cli/readers/readerFor.ts';
import type { PlaygroundExample } from './types.ts';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(join(folder, entry.name)) : Promise.resolve([join(folder, entry.name)]))),
  );
  return nested.flat().sort();
}

/** The API a request names with `$api`, else the one its Action, Version and URL make certain, else the vendor's first API. */
function apiOf(value: unknown, encoding: 'json' | 'query', url: URL | undefined, vendor: string): string {
  const named = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)['$api'] : undefined;
  if (typeof named === 'string' && apis.some((api) => api.id === named)) return named;
  const detection = detectApi(apis, value, encoding, url);
  if ('api' in detection) return detection.api;
  return apis.find((api) => api.vendor === vendor)?.id ?? apis[0].id;
}

/** One request's own text: the whole file when it holds one request, else the request re-written in the file's syntax. */
function textOf(value: unknown, syntax: string, whole: string, alone: boolean): string {
  if (alone) return whole;
  if (syntax === 'query') return `${String(value)}\n`;
  return syntax === 'JSON' ? `${JSON.stringify(value, null, 2)}\n` : stringify(value);
}

/**
 * Reads every example file and splits it into its requests (a JSON array, YAML
 * documents, request lines), as the CLI's readers do. A file that does not
 * parse stays one example, filed under its vendor's first API.
 *
 * @returns The examples, good ones first, in file order.
 */
export async function collectExamples(): Promise<PlaygroundExample[]> {
  const out: PlaygroundExample[] = [];
  for (const kind of ['good', 'bad'] as const) {
    for (const path of await filesUnder(join(EXAMPLES, kind))) {
      const file = relative(EXAMPLES, path).split('\\').join('/');
      const vendor = file.split('/')[1] ?? '';
      const text = await readFile(path, 'utf8');
      const parsed = (await readerFor(path, text))(text);
      if (parsed.requests.length === 0) {
        out.push({ api: apiOf(undefined, 'json', undefined, vendor), kind, file, text });
        continue;
      }
      const alone = parsed.requests.length === 1 && parsed.problems.length === 0;
      parsed.requests.forEach((request, index) => {
        out.push({
          api: apiOf(request.value, request.encoding, request.url, vendor),
          kind,
          file: alone ? file : `${file} #${index + 1}`,
          text: textOf(request.value, parsed.syntax, text, alone),
        });
      });
    }
  }
  return out;
}
