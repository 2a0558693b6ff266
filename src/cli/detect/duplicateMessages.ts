import type { PathSegment } from '../../errors/issue.ts';
import type { MessageTable } from '../../errors/messages/types.ts';
import type { DuplicateKey, LintMessage } from '../types.ts';
import { cliMessage } from '../lint/cliMessage.ts';
import { BUILT_IN_APIS } from '../lint/lintApis.ts';
import { toPointer } from '../locate/toPointer.ts';

/** The path up to its first key that is no parameter name: any other key may be part of a secret. */
function shownPath(path: readonly PathSegment[], publicNames: ReadonlySet<string>): { readonly path: readonly PathSegment[]; readonly redacted: boolean } {
  const cut = path.findIndex((segment) => typeof segment === 'string' && !publicNames.has(segment));
  return cut < 0 ? { path, redacted: false } : { path: path.slice(0, cut), redacted: true };
}

/**
 * Creates the `parameter/duplicate` messages of a file's repeated keys, each at the repeated key. A key that
 * is not a parameter name of any API is never shown: the pointer stops at the object that holds it and the
 * message says the name is withheld, as the library redacts unknown keys (a stray key may be a fragment of
 * a password split by a bad separator).
 *
 * @param duplicates The repeated keys a reader found.
 * @param table The message language.
 * @param publicNames The names a pointer may show: every parameter name of the run's APIs (default: the package's).
 *
 * @returns One message per repeated key.
 */
export function duplicateMessages(duplicates: readonly DuplicateKey[], table: MessageTable, publicNames = BUILT_IN_APIS.publicNames): LintMessage[] {
  return duplicates.map((duplicate) => {
    const shown = shownPath(duplicate.path, publicNames);
    return cliMessage('parameter/duplicate', shown.redacted ? { redacted: true } : {}, duplicate.range, toPointer(shown.path), table);
  });
}
