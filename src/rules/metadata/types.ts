/**
 * Metadata policy interface: the limits of one vendor's key-value metadata list.
 */
export interface MetadataPolicy {
  /** The maximum number of pairs, ignored keys included. */
  readonly maxPairs: number;
  /** The maximum key length in Unicode code points ("characters" in the vendor's text). */
  readonly maxKeyLength: number;
  /** The maximum value size in UTF-8 bytes. */
  readonly maxValueBytes: number;
  /** The switch that makes `Foo` and `foo` the same key. */
  readonly caseInsensitiveKeys: boolean;
  /** The key suffix that makes the vendor accept a pair but silently ignore it. */
  readonly ignoredKeySuffix?: string;
}

/**
 * Metadata pair interface: one key-value pair of a metadata list.
 */
export interface MetadataPair {
  /** The key. */
  readonly key: string;
  /** The value. */
  readonly value: string;
}
