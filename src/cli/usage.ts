import { apis } from '../apis.ts';

/** The `--help` text. */
export const USAGE = `Usage: instance-preflight lint [options] [paths, directories, globs or - for stdin ...]

Lints saved cloud reset/rebuild-instance requests: .json (an object or an array of them),
.yaml/.yml (one or more documents), .txt/.url (one request URL or query string a line).
With no path, lints what the config file's "files" globs name.

Options:
  --api <id>               API of every request (else $api in the request, the config, or detection)
  --os linux|windows       OS of the target image (else OS-dependent rules run for both)
  -f, --format <name>      pretty (default), json, sarif, github, junit, parseable; repeatable
  -o, --output-file <file> write the --format given just before it to a file
  --fail-severity <level>  error (default), warning or info: the lowest severity that fails
  --max-warnings <n>       fail when there are more than n warnings
  --lang en|zh-CN          message language (default en)
  -c, --config <file>      config file (default: .instance-preflightrc.json or
                           instance-preflight.config.json, found upward from the working directory)
  --max-file-size <size>   largest file read, bytes or KiB/MiB (default 10MiB)
  --docs-base-url <url>    base URL of the rule pages (docs/rules/<id>.md), for SARIF helpUri
  --stdin-filename <name>  lint standard input as this file: its reader (by extension), its config
                           overrides and ignores (implies - when no path is given)
  --no-error-on-unmatched-pattern
                           skip a path, glob or directory that names no file to lint (else exit 2)
  -q, --quiet              show only findings at or above the fail severity
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no finding at or above the fail severity (and warnings within --max-warnings),
1 findings (or too many warnings), 2 usage, config, unmatched input or internal error.

API ids: ${apis.map((api) => api.id).join(', ')}
`;
