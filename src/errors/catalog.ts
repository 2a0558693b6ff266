import type { Severity } from '../rules/finding.ts';
import type { RuleId } from '../rules/ruleId.ts';
import { defaultSeverity } from './severity.ts';

/** Rule metadata interface: what the catalog knows about one rule. */
export interface RuleMeta {
  /** The default severity; vendors and users may override it per finding or in config. */
  readonly severity: Severity;
  /** A one-line English description of what the rule checks. */
  readonly description: string;
}

const meta = (rule: RuleId, description: string): RuleMeta => ({ severity: defaultSeverity(rule), description });

/**
 * The rule catalog: every rule id with its default severity and description.
 * Its doc page is `docs/rules/<id>.md` (see {@link ruleDocsPath}).
 */
export const RULES: Readonly<Record<RuleId, RuleMeta>> = {
  'parameter/required': meta('parameter/required', 'A required parameter is missing.'),
  'parameter/type': meta('parameter/type', 'A parameter has the wrong JSON type.'),
  'parameter/unknown': meta('parameter/unknown', 'The API has no parameter of this name (near names are suggested).'),
  'parameter/enum': meta('parameter/enum', 'A parameter takes only the listed values.'),
  'parameter/count': meta('parameter/count', 'A list has more elements than the API accepts.'),
  'parameter/length': meta('parameter/length', 'A text parameter is longer than the vendor documents.'),
  'parameter/unused': meta('parameter/unused', 'A field of a shared structure that this API does not take (a response field, or another API’s only).'),
  'parameter/flattening': meta('parameter/flattening', 'A form request’s flattened keys do not rebuild one object (bad list index, gap, repeated key, key both value and object).'),
  'parameter/parse': meta('parameter/parse', 'A request file or line is not valid JSON, YAML or query-string syntax (CLI).'),
  'parameter/duplicate': meta('parameter/duplicate', 'A JSON or YAML object repeats a key: servers differ in which value they keep (CLI).'),
  'identifier/format': meta('identifier/format', 'A resource id does not have the vendor’s prefix and shape.'),
  'password/length': meta('password/length', 'The password is shorter or longer than the vendor allows.'),
  'password/charset': meta('password/charset', 'The password contains a character the vendor does not accept.'),
  'password/classes': meta('password/classes', 'The password mixes too few character classes.'),
  'password/banned-word': meta('password/banned-word', 'The password contains a word the vendor bans.'),
  'password/sequence': meta('password/sequence', 'The password contains a run of consecutive letters, digits or keyboard keys.'),
  'hostname/length': meta('hostname/length', 'The hostname is shorter or longer than the OS profile allows.'),
  'hostname/charset': meta('hostname/charset', 'The hostname contains a character other than letters, digits, `-` (and `.` on Linux).'),
  'hostname/edge': meta('hostname/edge', 'The hostname starts or ends with `-` or `.`.'),
  'hostname/consecutive': meta('hostname/consecutive', 'The hostname contains `--`, `..`, `.-` or `-.`.'),
  'hostname/all-digits': meta('hostname/all-digits', 'A Windows hostname consists of digits only.'),
  'hostname/dot': meta('hostname/dot', 'A Windows hostname contains a dot.'),
  'hostname/label-length': meta('hostname/label-length', 'A dot-separated hostname label is longer than 63 characters (RFC 1123).'),
  'instance-name/length': meta('instance-name/length', 'The instance name is shorter or longer than allowed.'),
  'instance-name/charset': meta('instance-name/charset', 'The instance name contains a character that is not allowed.'),
  'metadata/count': meta('metadata/count', 'There are more metadata pairs than allowed.'),
  'metadata/key-length': meta('metadata/key-length', 'A metadata key is longer than allowed.'),
  'metadata/value-size': meta('metadata/value-size', 'A metadata value is larger than allowed.'),
  'metadata/empty-key': meta('metadata/empty-key', 'A metadata key is empty.'),
  'metadata/duplicate-key': meta('metadata/duplicate-key', 'Two metadata keys are the same (compared case-insensitively).'),
  'metadata/ignored-key': meta('metadata/ignored-key', 'A metadata key is accepted but ignored by the vendor (it ends with `-`).'),
  'userdata/base64': meta('userdata/base64', 'User data is not strict standard-alphabet Base64.'),
  'userdata/padding': meta('userdata/padding', 'User data Base64 lacks its `=` padding.'),
  'userdata/size': meta('userdata/size', 'User data is larger than the vendor allows.'),
  'userdata/framing': meta('userdata/framing', 'The decoded script lacks the first/last lines the vendor requires.'),
  'credentials/conflict': meta('credentials/conflict', 'Two login methods are given where only one is allowed.'),
  'credentials/missing': meta('credentials/missing', 'No login method is given where exactly one is required.'),
  'credentials/unsupported': meta('credentials/unsupported', 'A login method is given that the target OS does not support.'),
  'credentials/ignored': meta('credentials/ignored', 'A login setting is accepted but has no effect.'),
  'system-disk/size': meta('system-disk/size', 'The system disk size is not a valid size for a reset.'),
  'system-disk/type': meta('system-disk/type', 'A reset cannot change the system disk type.'),
  'timezone/unknown': meta('timezone/unknown', 'The time zone is not an IANA zone name known to this runtime.'),
  'preflight/instance-state': meta('preflight/instance-state', 'The instance is in a state the vendor does not reset from.'),
  'preflight/disk-type': meta('preflight/disk-type', 'The image does not support the instance’s system disk type.'),
  'preflight/disk-size': meta('preflight/disk-size', 'The system disk is smaller than the image, or would shrink.'),
  'preflight/encryption': meta('preflight/encryption', 'The image and the system disk differ in encryption.'),
  'preflight/instance-type': meta('preflight/instance-type', 'The image does not support the instance type.'),
  'preflight/os-switch': meta('preflight/os-switch', 'The reset would switch between Linux and Windows where the vendor forbids it.'),
  'preflight/image-state': meta('preflight/image-state', 'The image is not in a usable state.'),
  'preflight/agent': meta('preflight/agent', 'The guest agent is requested on an image that does not support it.'),
  'preflight/keep-image-login': meta('preflight/keep-image-login', 'Keeping the image’s login settings needs a custom, shared or imported image.'),
  'lint/file-unreadable': meta('lint/file-unreadable', 'A path given to the CLI does not exist or cannot be read.'),
  'lint/file-too-large': meta('lint/file-too-large', 'A file is larger than the CLI reads (`--max-file-size`, default 10 MiB).'),
  'lint/api-unknown': meta('lint/api-unknown', 'The CLI cannot tell which API a request is for (no `--api`, `$api`, config or certain detection).'),
  'lint/unused-ignore': meta('lint/unused-ignore', 'A config ignore matched no finding: remove the stale suppression.'),
  'lint/truncated': meta('lint/truncated', 'A request has more findings, or a file more requests, than the CLI reports: the rest were not shown or not linted.'),
};

/** Every rule id, in catalog order. */
export const RULE_IDS: readonly RuleId[] = Object.keys(RULES) as RuleId[];

/**
 * Returns the repository-relative path of a rule's doc page.
 *
 * @param rule The rule id.
 *
 * @returns The path, e.g. `docs/rules/password/length.md`.
 */
export function ruleDocsPath(rule: RuleId): string {
  return `docs/rules/${rule}.md`;
}
