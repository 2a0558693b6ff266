/**
 * The rules Zenlayer's schema reports (`resetInstance()`, wire or form
 * values, any OS, warnings included): required, typed and unknown
 * parameters (it has no enumerations or lists), non-empty ids, password,
 * instance name, time zone, the user data size and exactly one login method
 * on Linux, none on Windows. Not here: `preflight/` (needs facts), and
 * `parameter/parse`, `parameter/duplicate` and `lint/` (the CLI), which `validate()` and the CLI
 * report with the full tables.
 */
export type ZenlayerSchemaRule =
  | 'parameter/required'
  | 'parameter/type'
  | 'parameter/unknown'
  | 'identifier/format'
  | 'password/length'
  | 'password/charset'
  | 'password/classes'
  | 'instance-name/length'
  | 'instance-name/charset'
  | 'timezone/unknown'
  | 'userdata/size'
  | 'credentials/conflict'
  | 'credentials/missing'
  | 'credentials/unsupported';
