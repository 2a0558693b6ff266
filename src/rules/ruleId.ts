import type { Severity } from './finding.ts';

/** Rule identity interface: what every rule is, besides its id (family and doc page follow from the id). */
export interface RuleIdentity {
  /** The default severity; vendors and users may override it per finding or in config. */
  readonly severity: Severity;
  /** A one-line English description of what the rule checks. */
  readonly description: string;
}

/**
 * Every rule's identity, in catalog order: the one place a rule id is
 * declared. Ids never change once published: SARIF alerts, suppressions and
 * message tables are keyed by them. The family is the id's part before `/`;
 * the doc page is `docs/rules/<id>.md`.
 */
export const RULE_IDENTITIES = {
  'parameter/required': { severity: 'error', description: 'A required parameter is missing.' },
  'parameter/required-when-empty': { severity: 'error', description: 'A parameter is missing that becomes required when the parameters it stands in for are all empty.' },
  'parameter/type': { severity: 'error', description: 'A parameter has the wrong JSON type.' },
  'parameter/unknown': { severity: 'error', description: 'The API has no parameter of this name (near names are suggested).' },
  'parameter/enum': { severity: 'error', description: 'A parameter takes only the listed values.' },
  'parameter/count': { severity: 'error', description: 'A list has more elements than the API accepts.' },
  'parameter/length': { severity: 'error', description: 'A text parameter is longer than the vendor allows (a warning where the limit is disputed).' },
  'parameter/unused': { severity: 'warning', description: 'A field of a shared structure that this API does not take (a response field, or another API’s only).' },
  'parameter/conflict': { severity: 'error', description: 'Two parameters are given that exclude each other.' },
  'parameter/deprecated': { severity: 'warning', description: 'The vendor marks the parameter deprecated or not available for use.' },
  'parameter/charset': { severity: 'error', description: 'A text parameter holds characters outside the set the vendor accepts.' },
  'parameter/flattening': { severity: 'error', description: 'A form request’s flattened keys do not rebuild one object (bad list index, gap, repeated key, key both value and object).' },
  'parameter/parse': { severity: 'error', description: 'A request file or line is not valid JSON, YAML or query-string syntax (CLI).' },
  'parameter/duplicate': { severity: 'error', description: 'A JSON or YAML object repeats a key: servers differ in which value they keep (CLI).' },
  'identifier/format': { severity: 'error', description: 'A resource id does not have the vendor’s prefix and shape.' },
  'password/length': { severity: 'error', description: 'The password is shorter or longer than the vendor allows.' },
  'password/charset': { severity: 'error', description: 'The password contains a character the vendor does not accept.' },
  'password/classes': { severity: 'error', description: 'The password mixes too few character classes.' },
  'password/banned-word': { severity: 'error', description: 'The password contains a word the vendor bans.' },
  'password/sequence': { severity: 'error', description: 'The password contains a run of consecutive letters, digits or keyboard keys.' },
  'password/contains-username': { severity: 'error', description: 'The password contains the account’s user name, its reverse or a run of its consecutive characters.' },
  'hostname/length': { severity: 'error', description: 'The hostname is shorter or longer than the OS profile allows.' },
  'hostname/charset': { severity: 'error', description: 'The hostname contains a character other than letters, digits, `-` (and `.` on Linux).' },
  'hostname/edge': { severity: 'error', description: 'The hostname starts or ends with `-` or `.`.' },
  'hostname/consecutive': { severity: 'error', description: 'The hostname contains `--`, `..`, `.-` or `-.`.' },
  'hostname/all-digits': { severity: 'error', description: 'A Windows hostname consists of digits only.' },
  'hostname/dot': { severity: 'error', description: 'A Windows hostname contains a dot.' },
  'hostname/label-length': { severity: 'warning', description: 'A dot-separated hostname label is longer than 63 characters (RFC 1123).' },
  'instance-name/length': { severity: 'error', description: 'The instance name is shorter or longer than allowed.' },
  'instance-name/charset': { severity: 'error', description: 'The instance name contains a character that is not allowed.' },
  'metadata/count': { severity: 'error', description: 'There are more metadata pairs than allowed.' },
  'metadata/key-length': { severity: 'error', description: 'A metadata key is longer than allowed.' },
  'metadata/value-size': { severity: 'error', description: 'A metadata value is larger than allowed.' },
  'metadata/empty-key': { severity: 'error', description: 'A metadata key is empty.' },
  'metadata/duplicate-key': { severity: 'error', description: 'Two metadata keys are the same (compared case-insensitively).' },
  'metadata/ignored-key': { severity: 'warning', description: 'A metadata key is accepted but ignored by the vendor (it ends with `-`).' },
  'userdata/base64': { severity: 'error', description: 'User data is not strict standard-alphabet Base64.' },
  'userdata/padding': { severity: 'warning', description: 'User data Base64 lacks its `=` padding.' },
  'userdata/size': { severity: 'error', description: 'User data is larger than the vendor allows.' },
  'userdata/framing': { severity: 'error', description: 'The decoded script lacks the first/last lines the vendor requires.' },
  'credentials/conflict': { severity: 'error', description: 'Two login methods are given where only one is allowed.' },
  'credentials/missing': { severity: 'error', description: 'No login method is given where exactly one is required.' },
  'credentials/unsupported': { severity: 'error', description: 'A login method is given that the target OS does not support.' },
  'credentials/ignored': { severity: 'warning', description: 'A login setting is accepted but has no effect.' },
  'system-disk/size': { severity: 'error', description: 'The system disk size is not a valid size for a reset.' },
  'system-disk/type': { severity: 'warning', description: 'A reset cannot change the system disk type.' },
  'timezone/unknown': { severity: 'warning', description: 'The time zone is not an IANA zone name known to this runtime.' },
  'preflight/instance-state': { severity: 'error', description: 'The instance is in a state the vendor does not reset from.' },
  'preflight/disk-type': { severity: 'error', description: 'The image does not support the instance’s system disk type.' },
  'preflight/disk-size': { severity: 'error', description: 'The system disk is smaller than the image, or would shrink.' },
  'preflight/encryption': { severity: 'error', description: 'The image and the system disk differ in encryption.' },
  'preflight/instance-type': { severity: 'error', description: 'The image does not support the instance type.' },
  'preflight/os-switch': { severity: 'error', description: 'The reset would switch between Linux and Windows where the vendor forbids it.' },
  'preflight/image-state': { severity: 'error', description: 'The image is not in a usable state.' },
  'preflight/agent': { severity: 'error', description: 'The guest agent is requested on an image that does not support it.' },
  'preflight/keep-image-login': { severity: 'error', description: 'Keeping the image’s login settings needs a custom, shared or imported image.' },
  'preflight/instance-lock': { severity: 'error', description: 'The instance is locked (for security, an overdue payment ...) in a way the vendor may refuse the reset for.' },
  'preflight/unpaid-order': { severity: 'error', description: 'The instance has an unpaid order, which the vendor wants settled before a reset.' },
  'preflight/stop-mode': { severity: 'warning', description: 'The instance was stopped in a mode that releases its resources, so it may not restart after the reset.' },
  'preflight/security-enhancement': { severity: 'warning', description: 'Security hardening is requested with an image the vendor offers it for only on public images.' },
  'preflight/system-disk': { severity: 'error', description: 'The instance has no system disk, which the reinstall needs.' },
  'preflight/cloud-init': { severity: 'error', description: 'The image lacks Cloud-Init (Linux) or Cloudbase-Init (Windows), which the API needs.' },
  'lint/file-unreadable': { severity: 'error', description: 'A path given to the CLI does not exist or cannot be read.' },
  'lint/file-too-large': { severity: 'error', description: 'A file is larger than the CLI reads (`--max-file-size`, default 10 MiB).' },
  'lint/api-unknown': { severity: 'error', description: 'The CLI cannot tell which API a request is for (no `--api`, `$api`, config or certain detection).' },
  'lint/unused-ignore': { severity: 'warning', description: 'A config ignore matched no finding: remove the stale suppression.' },
  'lint/truncated': { severity: 'error', description: 'A request has more findings, or a file more requests, than the CLI reports: the rest were not shown or not linted.' },
} as const satisfies Readonly<Record<string, RuleIdentity>>;

/** Stable rule id: a key of the identity records (`RULE_IDENTITIES`). */
export type RuleId = keyof typeof RULE_IDENTITIES;
