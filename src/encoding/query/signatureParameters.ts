/**
 * Tencent Cloud common parameters that authenticate a form request (signature
 * v1 and the legacy API 2.0) rather than carry its data: a signed request URL
 * holds them, and the server accepts them on every action. `Action`,
 * `Version` and `Region` are not here: the payload spec checks them.
 * Source: Tencent Cloud API "Common Params" (signature v1) and the legacy
 * common parameters page linked from seed 004 (213/11650).
 */
export const TENCENT_SIGNATURE_PARAMETERS: readonly string[] = [
  'Timestamp',
  'Nonce',
  'SecretId',
  'Signature',
  'SignatureMethod',
  'Token',
  'Language',
];
