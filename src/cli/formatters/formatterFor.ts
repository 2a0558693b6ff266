import type { FormatName } from '../args.ts';
import type { Formatter } from '../types.ts';
import { github } from './github.ts';
import { json } from './json.ts';
import { junit } from './junit.ts';
import { parseable } from './parseable.ts';
import { pretty } from './pretty.ts';
import { sarif } from './sarif.ts';

/**
 * Returns the formatter of a format name.
 *
 * @param format The format.
 * @param color Whether `pretty` colours its output.
 * @param version The tool version, for SARIF.
 *
 * @returns The formatter.
 */
export function formatterFor(format: FormatName, color: boolean, version: string): Formatter {
  switch (format) {
    case 'pretty':
      return (run) => pretty(run, color);
    case 'json':
      return json;
    case 'sarif':
      return (run) => sarif(run, version);
    case 'github':
      return github;
    case 'junit':
      return junit;
    case 'parseable':
      return parseable;
  }
}
