import type { Finding, Os } from '../finding.ts';
import type { FramingPolicy } from './types.ts';

/** Why a Linux script's first line is not an accepted shebang. */
type LinuxReason = 'ok' | 'disputed' | 'bom' | 'blank-line' | 'missing';

const CARRIAGE_RETURN = 13;

/**
 * Checks the framing of a decoded user-data script: its shebang (Linux) or its wrapping tags (Windows).
 * With the OS unknown it judges the script for both, as the certainty rule
 * (docs/design-decisions.md#unknown-os-and-certainty) does a dotted hostname: framed
 * for neither is an error; framed for one OS only is a warning that names the other OS (an error there, so it
 * keeps that OS's vendor code).
 *
 * @param policy The framing policy.
 * @param os The target OS, `undefined` when unknown.
 * @param text The decoded script, as text or as a binary (latin1) string.
 *
 * @returns The findings, `[]` when the script is framed as required.
 */
export function checkFraming(policy: FramingPolicy, os: Os | undefined, text: string): Finding[] {
  const { shebangs } = policy;
  const windowsMissing: Finding = { rule: 'userdata/framing', params: { os: 'windows', reason: 'missing', expected: tagsOf(policy) } };
  if (os === 'windows') return isWindowsFramed(policy, text) ? [] : [windowsMissing];
  const reason = linuxReasonOf(policy, text);
  const linuxFinding: Finding | undefined =
    reason === 'ok'
      ? undefined
      : reason === 'disputed'
        ? { rule: 'userdata/framing', severity: 'warning', params: { os: 'linux', reason, expected: [...shebangs] } }
        : { rule: 'userdata/framing', params: { os: 'linux', reason, expected: [...shebangs] } };
  if (os === 'linux') return linuxFinding ? [linuxFinding] : [];
  const linuxFails = linuxFinding !== undefined && linuxFinding.severity !== 'warning';
  if (isWindowsFramed(policy, text)) return linuxFails ? [{ ...linuxFinding, severity: 'warning', os: 'linux', demoted: true }] : [];
  if (!linuxFails) {
    const windowsOnly: Finding = { ...windowsMissing, severity: 'warning', os: 'windows', demoted: true };
    return linuxFinding ? [{ ...linuxFinding, os: 'linux' }, windowsOnly] : [windowsOnly];
  }
  return [
    {
      rule: 'userdata/framing',
      params: { os: 'unknown', reason: 'missing', expected: [...shebangs, ...tagsOf(policy)] },
    },
  ];
}

/**
 * Classifies a script's first line against the accepted shebangs.
 *
 * @param policy The framing policy.
 * @param text The script.
 *
 * @returns The reason it fails, `ok` when it passes.
 */
function linuxReasonOf(policy: FramingPolicy, text: string): LinuxReason {
  const line = lineAt(text, 0, lineEndOf(text, 0));
  if (matchesShebang(policy.shebangs, line)) return 'ok';
  if (matchesShebang(policy.disputedShebangs ?? [], line)) return 'disputed';
  // The kernel reads `#!` from byte 0 only: a BOM (as text, or as raw UTF-8 bytes) or a blank line hides it.
  if (line.startsWith('\uFEFF#!') || line.startsWith('\xEF\xBB\xBF#!')) return 'bom';
  return line === '' && text !== '' ? 'blank-line' : 'missing';
}

/**
 * Checks whether a line is one of the shebangs, alone or followed by arguments.
 *
 * @param shebangs The shebangs.
 * @param line The line.
 *
 * @returns Whether it matches.
 */
function matchesShebang(shebangs: readonly string[], line: string): boolean {
  return shebangs.some((shebang) => line === shebang || line.startsWith(`${shebang} `));
}

/**
 * Checks whether a script's first line and last non-empty line are a matched pair of tags. Only the two lines are
 * read, never the body in between.
 *
 * @param policy The framing policy.
 * @param text The script.
 *
 * @returns Whether it is framed.
 */
function isWindowsFramed(policy: FramingPolicy, text: string): boolean {
  const firstEnd = lineEndOf(text, 0);
  let end = text.length;
  let start = lineStartOf(text, end);
  // Trailing empty lines (an LF or CRLF after the closing tag) are skipped without slicing them.
  while (start > 0 && (end === start || (end === start + 1 && text.charCodeAt(start) === CARRIAGE_RETURN))) {
    end = start - 1;
    start = lineStartOf(text, end);
  }
  // One line cannot be both the opening and the closing tag.
  if (start <= firstEnd) return false;
  const first = lineAt(text, 0, firstEnd);
  const last = lineAt(text, start, end);
  return policy.tagPairs.some(([open, close]) => first === open && last === close);
}

/**
 * Returns where the line starting at an index ends (its line feed, or the end of the text).
 *
 * @param text The text.
 * @param start The line's start.
 *
 * @returns The end index.
 */
function lineEndOf(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}

/**
 * Returns where the line ending at an index starts (after the previous line feed, or 0).
 *
 * @param text The text.
 * @param end The line's end.
 *
 * @returns The start index.
 */
function lineStartOf(text: string, end: number): number {
  // lastIndexOf clamps a negative position to 0 and would find a line feed at 0 as if it came before.
  return end === 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
}

/**
 * Returns a line without its trailing carriage return, so CRLF scripts frame like LF ones.
 *
 * @param text The text.
 * @param start The line's start.
 * @param end The line's end (exclusive, before the line feed).
 *
 * @returns The line.
 */
function lineAt(text: string, start: number, end: number): string {
  return text.slice(start, end > start && text.charCodeAt(end - 1) === CARRIAGE_RETURN ? end - 1 : end);
}

/**
 * Lists the Windows tags, open and close, for a finding's params.
 *
 * @param policy The framing policy.
 *
 * @returns The tags.
 */
function tagsOf(policy: FramingPolicy): string[] {
  return policy.tagPairs.flat();
}
