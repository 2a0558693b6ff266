import type { PathSegment } from '../../errors/issue.ts';
import type { FieldMap, FieldSpec, PayloadSpec } from '../../engine/spec/types.ts';
import { isShowableKey } from '../../errors/isShowableKey.ts';
import { redactedKey } from '../../errors/redactedKey.ts';

/** Redacted flat path interface: a form request's path as it may be shown. */
export interface RedactedFlatPath {
  /** The path: parameter names and list indexes of the spec, then at most one `redactedKey` (nothing below an unknown key is a parameter). */
  readonly path: PathSegment[];
  /** Whether a key was hidden in the path. */
  readonly redacted: boolean;
  /** Whether the flat key may be quoted in a message: every key the spec lacks is one {@link isShowableKey} allows. */
  readonly quotable: boolean;
}

const INDEX = /^(?:0|[1-9]\d*)$/;

const below = (field: FieldSpec | undefined): { fields: FieldMap | undefined; items: FieldSpec | undefined } => ({
  fields: field?.type === 'object' ? field.fields : undefined,
  items: field?.type === 'array' ? field.items : undefined,
});

/**
 * Redacts the path of a form request's flattened key against the spec: a
 * segment that is a parameter name or list index of the spec stays; the first
 * key the spec lacks becomes a `redactedKey` placeholder and the path ends
 * there, as the checker's paths do. A flattened key comes straight from the
 * request text, where a password with an unencoded `&` or `:` turns into keys.
 * The key may still be quoted in a message where every unknown part is a
 * misspelt parameter name ({@link isShowableKey}).
 *
 * @param raw The path as written.
 * @param spec The API's payload spec.
 * @param position The position to name a hidden key by, given its depth.
 * @param suggest The near-name suggester, where the caller has one.
 *
 * @returns The path that may be shown, and whether the key may be quoted.
 */
export function redactFlatPath(
  raw: readonly PathSegment[],
  spec: PayloadSpec,
  position: (depth: number) => number,
  suggest?: (name: string, known: readonly string[]) => string | undefined,
): RedactedFlatPath {
  const path: PathSegment[] = [];
  let level: { fields: FieldMap | undefined; items: FieldSpec | undefined } = { fields: spec.fields, items: undefined };
  for (let depth = 0; depth < raw.length; depth++) {
    const segment = raw[depth] as PathSegment;
    if (level.items && (typeof segment === 'number' || INDEX.test(segment))) {
      path.push(Number(segment));
      level = below(level.items);
    } else if (typeof segment === 'string' && level.fields && Object.hasOwn(level.fields, segment)) {
      path.push(segment);
      level = below(level.fields[segment]);
    } else {
      path.push(redactedKey(position(depth)));
      const known = level.fields ? Object.keys(level.fields) : [];
      // Below an unknown key there is no spec, so nothing there is near a parameter name.
      const quotable = depth === raw.length - 1 && typeof segment === 'string' && isShowableKey(segment, suggest?.(segment, known));
      return { path, redacted: true, quotable };
    }
  }
  return { path, redacted: false, quotable: true };
}
