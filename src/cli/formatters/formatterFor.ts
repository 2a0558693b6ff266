import type { FormatName } from '../args.ts';
import type { Formatter } from '../types.ts';
import { packageRoot } from '../docs/packageRoot.ts';

/**
 * Returns the formatter of a format name, loading only that formatter (SARIF's hashing loads `node:crypto`).
 *
 * @param format The format.
 * @param color Whether `pretty` colours its output.
 * @param version The tool version, for SARIF.
 *
 * @returns The formatter.
 */
export async function formatterFor(format: FormatName, color: boolean, version: string): Promise<Formatter> {
  switch (format) {
    case 'pretty': {
      const { pretty } = await import('./pretty.ts');
      return (run) => pretty(run, color);
    }
    case 'json':
      return (await import('./json.ts')).json;
    case 'sarif': {
      const { sarif } = await import('./sarif.ts');
      const root = packageRoot(import.meta.url);
      return (run) => sarif(run, version, root);
    }
    case 'github':
      return (await import('./github.ts')).github;
    case 'junit':
      return (await import('./junit.ts')).junit;
    case 'parseable':
      return (await import('./parseable.ts')).parseable;
  }
}
