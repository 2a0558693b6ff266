import fc from 'fast-check';
import { parse } from 'yaml';
import { apis, type ApiId } from '../../../src/apis.ts';

/** The syntaxes a request is written in: the CLI's readers, and what `validate()` takes. */
export type LeakSyntax = 'json' | 'yaml-block' | 'yaml-flow' | 'query' | 'url' | 'flat-map';

/** Every syntax. */
export const LEAK_SYNTAXES: readonly LeakSyntax[] = ['json', 'yaml-block', 'yaml-flow', 'query', 'url', 'flat-map'];

/** The separators a reader splits on (form `&` / `=`, YAML flow `,` / `:`, comments `#`, lines, `?` keys, spaces, `.` of flat keys). */
export const SEPARATORS = ['&', '=', ';', ',', ':', '\n', '#', '?', ' ', ': ', ' #', ', ', '? ', '.'] as const;

/**
 * Leak case interface: a request whose password contains separators, written raw (unencoded, unquoted) in one
 * syntax, and its twin: the same request with a password whose letters and digits are rotated within their class,
 * so that text the library prints on its own (present in both outputs) is told apart from echoed input.
 */
export interface LeakCase {
  /** The API. */
  readonly api: ApiId;
  /** The syntax. */
  readonly syntax: LeakSyntax;
  /** The password as the writer meant it. */
  readonly password: string;
  /** The twin's password. */
  readonly twinPassword: string;
  /** The file or line text (what the CLI reads). */
  readonly text: string;
  /** The twin's text. */
  readonly twinText: string;
  /** What `validate()` gets: the parsed JSON or YAML value, the query string or URL, or the flat map; `undefined` when the YAML does not parse. */
  readonly input: unknown;
  /** The twin's input. */
  readonly twinInput: unknown;
  /** The `encoding` option for `validate()`: `query` for query, URL and flat-map syntax where the API's wire allows it. */
  readonly encoding: 'json' | 'query';
}

/** Leak case request interface: where an API takes its password, and the rest of a minimal request. */
interface LeakRequest {
  /** The minimal request without the password. */
  readonly base: Readonly<Record<string, string>>;
  /** The password's wire path. */
  readonly password: readonly string[];
  /** The request URL a query form of it is sent to. */
  readonly url: string;
}

/** A Huawei reinstall or change OS: the path parameters are the request, the body member holds the password. */
function huaweiRequest(version: 'v1' | 'v2', action: 'reinstallos' | 'changeos'): LeakRequest {
  const base = { project_id: '0123456789abcdef0123456789abcdef', server_id: 'b0a9d2b4-2cae-4b66-a6ba-6af70f3bd7f8' };
  return {
    base,
    password: [action === 'reinstallos' ? 'os-reinstall' : 'os-change', 'adminpass'],
    url: `https://ecs.cn-north-4.myhuaweicloud.com/${version}/${base.project_id}/cloudservers/${base.server_id}/${action}?`,
  };
}

/** Where each API takes its password, and the rest of a minimal request. */
const REQUESTS: Readonly<Record<ApiId, LeakRequest>> = {
  'tencent.cvm.ResetInstance': {
    base: { InstanceId: 'ins-r8hr2upy' },
    password: ['LoginSettings', 'Password'],
    url: 'https://cvm.tencentcloudapi.com/?Action=ResetInstance&Version=2017-03-12&',
  },
  'tencent.cvm.ResetInstance@api2': {
    base: { InstanceId: 'ins-r8hr2upy' },
    password: ['LoginSettings', 'Password'],
    url: 'https://cvm.api.qcloud.com/v2/index.php?Action=ResetInstance&Version=2017-03-12&',
  },
  'jdcloud.vm.rebuildInstance': {
    base: { regionId: 'cn-north-1', instanceId: 'i-r8hr2upy7k' },
    password: ['password'],
    url: 'https://vm.jdcloud-api.com/v1/regions/cn-north-1/instances/i-r8hr2upy7k:rebuild?',
  },
  'jdcloud.vm.rebuildInstance@1.0.3': {
    base: { regionId: 'cn-north-1', instanceId: 'i-r8hr2upy7k' },
    password: ['password'],
    url: 'https://vm.jdcloud-api.com/v1/regions/cn-north-1/instances/i-r8hr2upy7k:rebuild?',
  },
  'zenlayer.zec.ResetInstance': {
    base: { instanceId: '1234567890123456789' },
    password: ['password'],
    url: 'https://console.zenlayer.com/api/v2/zec?Action=ResetInstance&',
  },
  'alibaba.ecs.ReplaceSystemDisk': {
    base: { InstanceId: 'i-bp67acfmxazb4ph1qxyz', ImageId: 'm-bp67acfmxazb4ph1abcd' },
    password: ['Password'],
    url: 'https://ecs.aliyuncs.com/?Action=ReplaceSystemDisk&Version=2014-05-26&',
  },
  'huawei.ecs.ReinstallServerWithCloudInit': huaweiRequest('v2', 'reinstallos'),
  'huawei.ecs.ChangeServerOsWithCloudInit': huaweiRequest('v2', 'changeos'),
  'huawei.ecs.ReinstallServerWithoutCloudInit': huaweiRequest('v1', 'reinstallos'),
  'huawei.ecs.ChangeServerOsWithoutCloudInit': huaweiRequest('v1', 'changeos'),
};

/** Letters, digits and specials no reader splits on and no decoder rewrites (`+`, `%` and quotes left out). */
const PIECE_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@^*_~-';

const piece = fc.array(fc.constantFrom(...PIECE_CHARS), { minLength: 4, maxLength: 10 }).map((chars) => chars.join(''));

/** A password of two to four pieces joined by separators, sometimes with a separator in front. */
export const separatedPassword: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(fc.constantFrom(...SEPARATORS), { nil: undefined }),
    piece,
    fc.array(fc.tuple(fc.constantFrom(...SEPARATORS), piece), { minLength: 1, maxLength: 3 }),
  )
  .map(([lead, first, rest]) => `${lead ?? ''}${first}${rest.map(([separator, text]) => separator + text).join('')}`);

const rotate = (char: string, from: string, size: number, by: number): string =>
  String.fromCharCode(from.charCodeAt(0) + ((char.charCodeAt(0) - from.charCodeAt(0) + by) % size));

/**
 * Rotates letters by 13 and digits by 5 within their class: same length, same classes, same separators.
 *
 * @param password The password.
 *
 * @returns The twin password.
 */
export function twinOf(password: string): string {
  return password.replace(/[A-Za-z0-9]/g, (char) => {
    if (char >= 'a') return rotate(char, 'a', 26, 13);
    if (char >= 'A') return rotate(char, 'A', 26, 13);
    return rotate(char, '0', 10, 5);
  });
}

function yamlBlock(base: Readonly<Record<string, string>>, path: readonly string[], password: string): string {
  const lines = Object.entries(base).map(([key, value]) => `${key}: ${value}`);
  path.forEach((segment, depth) => lines.push(`${'  '.repeat(depth)}${segment}:${depth === path.length - 1 ? ` ${password}` : ''}`));
  return `${lines.join('\n')}\n`;
}

function yamlFlow(base: Readonly<Record<string, string>>, path: readonly string[], password: string): string {
  const nested = [...path].reverse().reduce((inner, segment) => `{${segment}: ${inner}}`, password);
  const outer = Object.entries(base).map(([key, value]) => `${key}: ${value}`);
  return `{${[...outer, nested.slice(1, -1)].join(', ')}}`;
}

function nestedJson(base: Readonly<Record<string, string>>, path: readonly string[], password: string): Record<string, unknown> {
  const payload: Record<string, unknown> = { ...base };
  let level = payload;
  path.forEach((segment, depth) => {
    if (depth === path.length - 1) level[segment] = password;
    else level = (level[segment] = {}) as Record<string, unknown>;
  });
  return payload;
}

function queryOf(base: Readonly<Record<string, string>>, path: readonly string[], password: string, equals: '=' | ':'): string {
  const pairs = Object.entries(base).map(([key, value]) => `${key}=${value}`);
  return [...pairs, `${path.join('.')}${equals}${password}`].join('&');
}

function parseYaml(text: string): unknown {
  try {
    return parse(text, { maxAliasCount: 100, logLevel: 'error' });
  } catch {
    return undefined;
  }
}

/** One syntax's text and input for a password; `equals` is what separates the password's key from it in a query or flat map. */
function write(api: ApiId, syntax: LeakSyntax, password: string, equals: '=' | ':'): { readonly text: string; readonly input: unknown } {
  const { base, password: path, url } = REQUESTS[api];
  switch (syntax) {
    case 'json': {
      const payload = nestedJson(base, path, password);
      return { text: JSON.stringify(payload, null, 2), input: payload };
    }
    case 'yaml-block': {
      const text = yamlBlock(base, path, password);
      return { text, input: parseYaml(text) };
    }
    case 'yaml-flow': {
      const text = yamlFlow(base, path, password);
      return { text, input: parseYaml(text) };
    }
    case 'query': {
      const text = queryOf(base, path, password, equals);
      return { text, input: text };
    }
    case 'url': {
      const text = url + queryOf(base, path, password, equals);
      return { text, input: text };
    }
    case 'flat-map': {
      // With ":" typed for "=", the password ends up in the key, as a line-oriented map would read it.
      const map = equals === '=' ? { ...base, [path.join('.')]: password } : { ...base, [`${path.join('.')}:${password}`]: '' };
      return { text: JSON.stringify(map, null, 2), input: map };
    }
  }
}

/**
 * The leak cases: every API, every syntax, passwords with separators, `:` typed for `=` in query syntax.
 */
export const leakCase: fc.Arbitrary<LeakCase> = fc
  .tuple(
    fc.constantFrom(...apis.map((api) => api.id)),
    fc.constantFrom(...LEAK_SYNTAXES),
    separatedPassword,
    fc.constantFrom('=' as const, ':' as const),
  )
  .map(([api, syntax, password, equals]) => {
    const twinPassword = twinOf(password);
    const one = write(api, syntax, password, equals);
    const twin = write(api, syntax, twinPassword, equals);
    const wire = apis.find((known) => known.id === api)?.wire;
    const formSyntax = syntax === 'query' || syntax === 'url' || syntax === 'flat-map';
    return {
      api,
      syntax,
      password,
      twinPassword,
      text: one.text,
      twinText: twin.text,
      input: one.input,
      twinInput: twin.input,
      encoding: formSyntax && wire !== 'json' ? 'query' : 'json',
    };
  });

/**
 * Finds the password fragments an output echoes: every substring of `min` or more characters of the password that
 * occurs in `output` and not in `twinOutput` (the twin's output, whose own text is the library's and not input).
 *
 * @param output The output for the password.
 * @param twinOutput The output for the twin password.
 * @param password The password.
 * @param min The shortest fragment that counts.
 *
 * @returns The fragments found, longest first; `[]` when nothing leaked.
 */
export function leakedFragments(output: string, twinOutput: string, password: string, min = 4): string[] {
  const found = new Set<string>();
  for (let start = 0; start + min <= password.length; start++) {
    const gram = password.slice(start, start + min);
    if (!output.includes(gram) || twinOutput.includes(gram)) continue;
    let end = start + min;
    while (end < password.length && output.includes(password.slice(start, end + 1))) end++;
    found.add(password.slice(start, end));
  }
  return [...found].sort((a, b) => b.length - a.length);
}
