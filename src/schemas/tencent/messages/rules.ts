/**
 * The rules Tencent's schemas report (`resetInstance()` and
 * `resetInstanceApi2()`, wire or form values, any OS, warnings included):
 * the structural checks, ids, password, hostname, Base64 user data, one
 * login method at most (no key pairs on Windows) and the system disk
 * (including the shared structure's fields a reset does not take).
 * Not here: `preflight/` (needs facts), `parameter/flattening` (query
 * encoding) and `parameter/parse`, `parameter/duplicate` and `lint/` (the CLI), which `validate()`
 * and the CLI report with the full tables.
 */
export type TencentSchemaRule =
  | 'parameter/required'
  | 'parameter/type'
  | 'parameter/unknown'
  | 'parameter/enum'
  | 'parameter/count'
  | 'parameter/length'
  | 'parameter/unused'
  | 'identifier/format'
  | 'password/length'
  | 'password/charset'
  | 'password/classes'
  | 'hostname/length'
  | 'hostname/charset'
  | 'hostname/edge'
  | 'hostname/consecutive'
  | 'hostname/all-digits'
  | 'hostname/dot'
  | 'hostname/label-length'
  | 'userdata/base64'
  | 'userdata/padding'
  | 'userdata/size'
  | 'credentials/conflict'
  | 'credentials/unsupported'
  | 'system-disk/size'
  | 'system-disk/type';
