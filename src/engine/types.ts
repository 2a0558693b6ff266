import type { Finding } from '../rules/finding.ts';
import type { PathSegment } from '../errors/issue.ts';
import type { CheckContext } from './spec/types.ts';

/** Located finding interface: a finding with its absolute wire path. */
export interface LocatedFinding {
  /** The finding. */
  readonly finding: Finding;
  /** The absolute wire path; a key that may not be shown is a `redactedKey` segment. */
  readonly path: readonly PathSegment[];
  /**
   * The path with every key as written, where `path` redacts one: for locating the finding in the
   * source (the CLI) and matching it to other raw paths only, never for output.
   */
  readonly sourcePath?: readonly PathSegment[];
}

/** A direct checker: walks a payload once and returns every finding. */
export type Checker = (payload: unknown, context: CheckContext) => LocatedFinding[];

/** Checker options interface. */
export interface CheckerOptions {
  /**
   * Suggests the known name an unknown parameter was probably meant to be
   * (`suggestName`); without it, unknown parameters come without a suggestion.
   */
  readonly suggest?: (name: string, known: readonly string[]) => string | undefined;
  /**
   * Whether an unknown key with a near name may be quoted in its message (`isShowableKey`); without it no
   * unknown key is (the schemas, whose bundles carry neither). A path never holds an unknown key.
   */
  readonly quote?: (key: string, suggestion: string) => boolean;
}

/**
 * The form value of one wire value, as a `form: true` schema takes it: the
 * text a control gives for a number or a boolean, any text for an enumeration
 * (a `<select>` gives a string), a list or, for a list of scalars, one lone
 * string. An empty string counts as absent everywhere.
 */
export type FormValue<TWire> = TWire extends string
  ? string
  : TWire extends number
    ? number | string
    : TWire extends boolean
      ? boolean | string
      : TWire extends readonly (infer TItem)[]
        ? FormValue<TItem>[] | (TItem extends object ? never : string)
        : TWire extends object
          ? FormValues<TWire>
          : TWire;

/** The keys of `T` that are optional. */
type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];

/**
 * The form values of a wire request: what a `form: true` schema takes (its
 * input type). Required parameters stay required (an empty string still
 * counts as absent and fails), optional ones may be left out or `undefined`.
 */
export type FormValues<TRequest> = Simplify<
  {
    -readonly [K in Exclude<keyof TRequest, OptionalKeys<TRequest>>]: FormValue<TRequest[K]>;
  } & {
    -readonly [K in OptionalKeys<TRequest>]?: FormValue<Exclude<TRequest[K], undefined>> | undefined;
  }
>;

/** Spreads an intersection into one object type, so editors show `{ InstanceId: string; ... }`, not a type expression. */
type Simplify<T> = { [K in keyof T]: T[K] } & {};
