/**
 * Base64 policy interface: the size limits of one vendor's base64 field. Set the limit the vendor states; vendors
 * differ on whether they count before or after encoding.
 */
export interface Base64Policy {
  /** The maximum number of decoded bytes. */
  readonly maxDecodedBytes?: number;
  /** The maximum number of encoded characters. */
  readonly maxEncodedLength?: number;
}
