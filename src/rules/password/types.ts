/** Character class a password policy counts; `letter` (any ASCII letter) counts both cases as one class. */
export type CharClass = 'lower' | 'upper' | 'digit' | 'special' | 'letter';

/**
 * Password sequence policy interface: which predictable runs a password must not contain.
 */
export interface PasswordSequencePolicy {
  /** The shortest run that counts (2 or more; vendors use 3). */
  readonly runLength: number;
  /** The switch for same-case alphabet runs, ascending or descending (`abc`, `CBA`; `aBc` is no run). */
  readonly alphabet: boolean;
  /** The switch for ascending or descending digit runs (`123`, `987`). */
  readonly digits: boolean;
  /** The switch for same-case runs along a keyboard row or column, in either direction (`qwe`, `qaz`, `ZAQ`). */
  readonly keyboard: boolean;
  /** Keyboard diagonals whose same-case runs, either direction, are banned: lowercase lines of the staggered layout, space-separated (`tfc`). */
  readonly keyboardDiagonals?: string;
  /** Keyboard diagonals only a guess at the vendor's rule bans, written the same way: their runs warn, never fail. */
  readonly disputedKeyboardDiagonals?: string;
  /** The runs that only some readings of the vendor's rule ban: they give a warning, never an error. */
  readonly disputedRuns?: readonly string[];
}

/**
 * Password policy interface: one vendor's (and OS's) password rule as data.
 */
export interface PasswordPolicy {
  /** The minimum length in characters. */
  readonly minLength: number;
  /** The maximum length in characters. */
  readonly maxLength: number;
  /** The accepted ASCII special characters. */
  readonly specials: string;
  /** The specials that only some revisions of the vendor's docs accept: they count as specials, but each use warns. */
  readonly disputedSpecials?: string;
  /** The characters a password must not start with (Alibaba Cloud Windows images: `/`). */
  readonly forbiddenFirst?: string;
  /** The classes that count towards `minClasses`. */
  readonly classes: readonly CharClass[];
  /** The number of `classes` a password must contain. */
  readonly minClasses: number;
  /** The case-sensitive substrings a password must not contain. */
  readonly bannedWords?: readonly string[];
  /** The sequence bans, when the vendor has them. */
  readonly sequences?: PasswordSequencePolicy;
}
