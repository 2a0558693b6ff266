import type { Finding, Os } from '../../rules/finding.ts';
import { severityOf } from '../../errors/severity.ts';

const key = (finding: Finding): string => `${finding.rule}\u0000${(finding.path ?? []).join('\u0000')}`;

/**
 * Creates a finding's copy for one OS, a warning when `demote` is set. Not an object spread: a spread site that sees
 * findings of every rule's shape goes megamorphic in V8 (about 1.3 µs a copy against 0.1 µs for `Object.assign`),
 * and took a third of an OS-unknown call.
 */
const onOs = (finding: Finding, os: Os, demote: boolean): Finding =>
  Object.assign({}, finding, demote ? { severity: 'warning' as const, os, demoted: true as const } : { os });

/**
 * Runs an OS-dependent check for the given OS, or for both when the OS is
 * unknown. Then, as docs/design-decisions.md#unknown-os-and-certainty decides: a value that fails for both OS is an
 * error; a value that fails for one OS only gets warnings that name that OS.
 *
 * @param os The target OS, or `undefined`.
 * @param run The check for one OS, given `value` as its second argument (so a module-level function serves and a
 *   field check allocates no closure per call).
 * @param value The value checked, passed on to `run`.
 *
 * @returns The findings: for a known OS, or when neither OS finds anything, a check's own result (not copied:
 *   callers only read it).
 */
export function byOs<T>(os: Os | undefined, run: (os: Os, value: T) => readonly Finding[], value?: T): readonly Finding[] {
  if (os) return run(os, value as T);
  const windows = run('windows', value as T);
  const linux = run('linux', value as T);
  // The common case, a valid value: no merge, so no key sets and no list per call (the CLI lints with the OS unknown).
  if (windows.length === 0 && linux.length === 0) return linux;
  const windowsFails = windows.some((finding) => severityOf(finding) === 'error');
  const linuxFails = linux.some((finding) => severityOf(finding) === 'error');
  const seen = new Set<string>();
  const out: Finding[] = [];
  const add = (finding: Finding, failsBoth: boolean, onlyOs: Os, otherKeys: ReadonlySet<string>): void => {
    const id = key(finding);
    if (seen.has(id)) return;
    seen.add(id);
    if (severityOf(finding) === 'error' && !failsBoth) out.push(onOs(finding, onlyOs, true));
    else out.push(otherKeys.has(id) ? finding : onOs(finding, onlyOs, false));
  };
  const windowsKeys = new Set(windows.map(key));
  const linuxKeys = new Set(linux.map(key));
  const failsBoth = windowsFails && linuxFails;
  for (const finding of windows) add(finding, failsBoth, 'windows', linuxKeys);
  for (const finding of linux) add(finding, failsBoth, 'linux', windowsKeys);
  return out;
}
