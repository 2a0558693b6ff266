/**
 * The rules JD Cloud's schemas report (`rebuildInstance()` and
 * `rebuildInstance103()`, wire or form values, any OS, warnings included):
 * the structural checks, ids, password (with banned words and runs),
 * hostname, metadata, the launch script (Base64, size, framing) and login
 * settings that Windows or `imageInherit` refuse or ignore. Not here:
 * `preflight/` (needs facts) and `parameter/parse`, `parameter/duplicate` and `lint/` (the CLI),
 * which `validate()` and the CLI report with the full tables.
 */
export type JdcloudSchemaRule =
  | 'parameter/required'
  | 'parameter/type'
  | 'parameter/unknown'
  | 'parameter/enum'
  | 'parameter/count'
  | 'identifier/format'
  | 'password/length'
  | 'password/charset'
  | 'password/classes'
  | 'password/banned-word'
  | 'password/sequence'
  | 'hostname/length'
  | 'hostname/charset'
  | 'hostname/edge'
  | 'hostname/consecutive'
  | 'hostname/all-digits'
  | 'hostname/dot'
  | 'hostname/label-length'
  | 'metadata/count'
  | 'metadata/key-length'
  | 'metadata/value-size'
  | 'metadata/empty-key'
  | 'metadata/duplicate-key'
  | 'metadata/ignored-key'
  | 'userdata/base64'
  | 'userdata/padding'
  | 'userdata/size'
  | 'userdata/framing'
  | 'credentials/unsupported'
  | 'credentials/ignored';
