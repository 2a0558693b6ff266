import { NO_FINDINGS, type Finding, type Severity } from '../finding.ts';

/**
 * Hex identifier policy interface: an id of hexadecimal digits in `-`-separated groups (a UUID is
 * `[8, 4, 4, 4, 12]`, a 32-digit project id `[32]`), either case.
 */
export interface HexIdentifierPolicy {
  /** The number of hex digits in each group, in order. */
  readonly groups: readonly number[];
  /** The severity of a value of another shape (default `error`): `warning` where the shape is known from examples only. */
  readonly severity?: Severity;
  /**
   * Whether the id is substituted unencoded into a URL path: then a character that makes the URL name another
   * resource (`/`, `?`, `#`, `%`, whitespace, a control character), or an empty id, is an error whatever
   * `severity` says.
   */
  readonly pathSegment?: boolean;
}

/** Whether a char code is a hex digit. */
function isHex(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 102) || (code >= 65 && code <= 70);
}

/** Whether a char code changes what an unencoded URL path names: `/ ? # %`, a space or another control character. */
function movesUrl(code: number): boolean {
  return code === 47 || code === 63 || code === 35 || code === 37 || code <= 32 || code === 127 || code === 0x85 || code === 0xa0 || code === 0x2028 || code === 0x2029;
}

/**
 * Checks an id of grouped hexadecimal digits. The finding names the groups (`8-4-4-4-12`), never the value.
 *
 * @param policy The hex identifier policy.
 * @param value The id.
 *
 * @returns At most one `identifier/format` finding (part `url` or `shape`), `[]` when the id has the shape.
 */
export function checkHexIdentifier(policy: HexIdentifierPolicy, value: string): readonly Finding[] {
  const sizes = policy.groups;
  // The finding's `8-4-4-4-12` is joined only for a finding, so a valid id allocates nothing.
  let expected = sizes.length - 1;
  for (let group = 0; group < sizes.length; group++) expected += sizes[group] as number;
  let shaped = value.length === expected;
  for (let index = 0, group = 0, left = sizes[0] ?? 0; shaped && index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (left === 0) {
      shaped = code === 45;
      group++;
      left = sizes[group] ?? 0;
    } else {
      shaped = isHex(code);
      left--;
    }
  }
  // Hex digits and `-` move no URL, so a shaped id needs no second pass; the URL finding, where one applies, comes first.
  if (shaped) return NO_FINDINGS;
  if (policy.pathSegment === true) {
    for (let index = 0; index < value.length; index++) {
      if (movesUrl(value.charCodeAt(index))) return [{ rule: 'identifier/format', params: { groups: sizes.join('-'), part: 'url' } }];
    }
  }
  // An empty path segment leaves `//` in the URL, which names another resource whatever the shape rule's certainty.
  const severity = value === '' && policy.pathSegment === true ? 'error' : (policy.severity ?? 'error');
  return [{ rule: 'identifier/format', severity, params: { groups: sizes.join('-'), part: 'shape' } }];
}
