import type { FormatName } from '../args.ts';
import type { Formatter } from '../types.ts';
import { packageRoot } from '../docs/packageRoot.ts';
import { github } from './github.ts';
import { json } from './json.ts';
import { junit } from './junit.ts';
import { parseable } from './parseable.ts';
import { pretty } from './pretty.ts';

/**
 * Returns the formatter of a format name. SARIF's, whose hashing loads `node:crypto`, is loaded only when
 * asked for; the others are a few hundred bytes each, less than the module load each would cost on its own.
 *
 * @param format The format.
 * @param color Whether `pretty` colours its output.
 * @param version The tool version, for SARIF.
 *
 * @returns The formatter.
 */
export async function formatterFor(format: FormatName, color: boolean, version: string): Promise<Formatter> {
  switch (format) {
    case 'pretty':
      return (run) => pretty(run, color);
    case 'json':
      return json;
    case 'sarif': {
      const { sarif } = await import('./sarif.ts');
      const root = packageRoot(import.meta.url);
      return (run) => sarif(run, version, root);
    }
    case 'github':
      return github;
    case 'junit':
      return junit;
    case 'parseable':
      return parseable;
  }
}
