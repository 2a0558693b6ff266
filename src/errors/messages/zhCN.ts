/**
 * The Simplified Chinese message table, keyed by rule id (`lang: 'zh-CN'`).
 *
 * @module instance-preflight/messages/zh-CN
 */
import type { Os } from '../../rules/finding.ts';
import type { Message, MessageParams, MessageTable } from './types.ts';
import { list, text } from './types.ts';
import * as messages from './zhCN.ts';
import { tableOf } from './tableOf.ts';

const CLASS_NAMES: Readonly<Record<string, string>> = {
  lower: '小写字母',
  upper: '大写字母',
  digit: '数字',
  special: '特殊字符',
  letter: '字母',
};

const ALPHABETS: Readonly<Record<string, string>> = {
  'lower-alnum': '小写字母和数字',
  alnum: '字母和数字',
  name: '字母、数字、“_”和“-”',
};

const BASE64_HINTS: Readonly<Record<string, string>> = {
  'url-safe': '请使用标准 Base64 字母表（“+”和“/”）编码用户数据，不要使用 URL 安全字母表（“-”和“_”）。',
  whitespace: '请删除 Base64 用户数据中的换行和空格（可用“base64 -w0”编码）。',
  padding: '“=”填充只能出现在 Base64 用户数据末尾，且最多两个。',
  length: 'Base64 用户数据的长度不可能由编码器产生（多或少一个字符），请重新编码。',
  alphabet: '请将用户数据编码为标准 Base64：A-Z、a-z、0-9、“+”、“/”，以及仅在末尾的“=”。',
};

const IGNORED_REASONS: Readonly<Record<string, string>> = {
  windows: '在 Windows 镜像上',
  'image-inherit': '在 imageInherit 为“yes”时',
  'user-data': '在用户数据也设置了密码时（Linux）',
  'key-pair': '在绑定密钥对后（此时禁用密码登录）',
};

const quoted = (values: readonly string[]): string => values.map((value) => `“${value}”`).join('、');

const FORM_TYPES: Readonly<Record<string, string>> = {
  boolean: '此处请使用 TRUE、true、FALSE 或 false。',
  integer: '此处请使用由数字组成的整数。',
  object: '请以展开的参数名（“Name.Field=value”）传递此参数，而不是单个值。',
  array: '请以带序号的参数名（“Name.0=value”、“Name.1=value”）传递此列表，而不是单个值。',
  string: '请以单个值传递此参数，不要在其下展开参数名。',
  query: '请提供请求 URL、查询字符串或由字符串组成的扁平映射。',
};

/** The first list indexes: an API's flattened lists count from 0 or, where its findings say `first: 1`, from 1. */
const counting = (first: string): string => (first === '1' ? '1、2、3' : '0、1、2');

const FLATTENING: Readonly<Record<string, (key: string, index: string, first: string) => string>> = {
  index: (key, _index, first) => `列表元素请按 ${counting(first)}…… 编号：“${key}”的末尾不是列表序号。`,
  gap: (key, index, first) => `“${key}”的元素请从 ${first} 开始连续编号：缺少第 ${index} 个元素。`,
  repeated: (key) => `“${key}”只能出现一次：该参数名重复了。`,
  conflict: (key) => `“${key}”只能作为单个值，或在其下展开参数名（“${key}.Name”），不能两者兼有。`,
  'empty-segment': (key) => `请删除参数名“${key}”中的空段（“..”或首尾的“.”）。`,
};

/** Said of every key not shown (an unknown key may be text split off a password). */
const REDACTED_NOTE = '该参数名不予显示，因为它可能含有密钥的一部分。';

const FLATTENING_REDACTED: Readonly<Record<string, (index: string, first: string) => string>> = {
  index: (_index, first) => `列表元素请按 ${counting(first)}…… 编号：此参数名的末尾不是列表序号。`,
  gap: (index, first) => `此列表的元素请从 ${first} 开始连续编号：缺少第 ${index} 个元素。`,
  repeated: () => '此参数名只能出现一次：它重复了。',
  conflict: () => '此参数名只能作为单个值，或在其下展开参数名，不能两者兼有。',
  'empty-segment': () => '请删除此参数名中的空段（“..”或首尾的“.”）。',
};

/** Appended to an issue whose form value held a literal `+`: form decoding turns it into a space. */
export const ZH_CN_PLUS_HINT = '在查询字符串中，字面的“+”表示空格：请将“+”编码为 %2B 发送。';

/** Prefixes a message that applies to one OS only (the target OS being unknown). */
export const forOs = (os: Os, message: string): string => `若目标镜像为 ${os === 'windows' ? 'Windows' : 'Linux'}：${message}`;

/** Simplified Chinese message for `parameter/required`: a required parameter is missing. */
export const parameterRequired: Message = (p) => `请填写“${text(p, 'name')}”：该参数为必选。`;

/** Simplified Chinese message for `parameter/required-when-empty`: a parameter is missing that becomes required when the parameters it stands in for are all empty. */
export const parameterRequiredWhenEmpty: Message = (p) => `请填写“${text(p, 'name')}”：${quoted(list(p, 'others'))}均未提供时该参数为必选。`;

/** Simplified Chinese message for `parameter/type` in a JSON payload or a schema's input (no `encoding`). */
export const parameterTypeJson: Message = (p) => `此处应为 JSON ${text(p, 'expected')} 类型。`;

/** Simplified Chinese message for `parameter/type` in a form request (`encoding: 'query'`, which only `validate()` sets): the form's own wording where it has one. */
export const parameterTypeQuery: Message = (p) =>
  p['first'] === 1 && p['expected'] === 'array'
    ? '请以带序号的参数名（“Name.1=value”、“Name.2=value”）传递此列表，而不是单个值。'
    : (FORM_TYPES[text(p, 'expected')] ?? parameterTypeJson(p));

/** Simplified Chinese message for `parameter/type`: a parameter has the wrong JSON type; dispatches on `encoding`. */
export const parameterType: Message = (p) => (p['encoding'] === 'query' ? parameterTypeQuery : parameterTypeJson)(p);

/** Simplified Chinese message for `parameter/flattening`: a form request’s flattened keys do not rebuild one object (bad list index, gap, repeated key, key both value and object); without `key` (a redacted key) it says the name is not shown. */
export const parameterFlattening: Message = (p) =>
  p['key'] === undefined
    ? `${FLATTENING_REDACTED[text(p, 'reason')]?.(text(p, 'index'), text(p, 'first') || '0') ?? '请修正此展开的参数名。'}${REDACTED_NOTE}`
    : (FLATTENING[text(p, 'reason')]?.(text(p, 'key'), text(p, 'index'), text(p, 'first') || '0') ?? `请修正展开的参数名“${text(p, 'key')}”。`);

/** Simplified Chinese message for `parameter/unknown` with a near name (`suggestion`, which only `validate()` and the CLI look for); the key is quoted only when the finding gives it (`name`). */
export const parameterUnknownSuggestion: Message = (p) =>
  p['name'] === undefined
    ? `此接口没有此名称的参数；是否应为“${text(p, 'suggestion')}”？${REDACTED_NOTE}`
    : `此接口没有参数“${text(p, 'name')}”；是否应为“${text(p, 'suggestion')}”？`;

/** Simplified Chinese message for `parameter/unknown` without a near name; without `name` (a redacted key) it says the name is not shown. */
export const parameterUnknownRemove: Message = (p) =>
  p['name'] === undefined
    ? `此接口没有此名称的参数：请删除它，或为它所拆分自的值加引号或进行百分号编码。${REDACTED_NOTE}`
    : `此接口没有参数“${text(p, 'name')}”，请删除。`;

/** Simplified Chinese message for `parameter/unknown`: the API has no parameter of this name (near names are suggested); dispatches on `suggestion`. */
export const parameterUnknown: Message = (p) => (p['suggestion'] ? parameterUnknownSuggestion : parameterUnknownRemove)(p);

/** Simplified Chinese message for `parameter/enum`: a parameter takes only the listed values. */
export const parameterEnum: Message = (p) => `请使用以下取值之一：${quoted(list(p, 'allowed'))}。`;

/** Simplified Chinese message for `parameter/count`: a list has more elements than the API accepts. */
export const parameterCount: Message = (p) => `此处最多只能有 ${text(p, 'max')} 个元素。`;

/** Simplified Chinese message for `parameter/length`: a text parameter is longer than the vendor documents. */
export const parameterLength: Message = (p) => `此处最多只能有 ${text(p, 'max')} 个字符。`;

const UNUSED_REASONS: Readonly<Record<string, string>> = {
  'response-only': '它是返回参数，不能作为写接口的入参',
  'run-instances-only': '它仅用于 RunInstances',
};

/** Simplified Chinese message for `parameter/unused`: a field of a shared structure that this API does not take (a response field, or another API's only). */
export const parameterUnused: Message = (p) => `请删除“${text(p, 'name')}”：${UNUSED_REASONS[text(p, 'reason')] ?? '此接口不接受它'}。`;

/** Simplified Chinese message for `parameter/conflict`: two parameters are given that exclude each other. */
export const parameterConflict: Message = (p) => `“${text(p, 'name')}”与“${text(p, 'with')}”不能同时指定：请删除此参数。`;

const DEPRECATED_REASONS: Readonly<Record<string, string>> = {
  deprecated: '厂商已弃用该参数',
  unavailable: '厂商说明该参数暂不可用',
};

/** Simplified Chinese message for `parameter/deprecated`: the vendor marks the parameter deprecated or not available for use. */
export const parameterDeprecated: Message = (p) =>
  `请删除“${text(p, 'name')}”：${DEPRECATED_REASONS[text(p, 'reason')] ?? '厂商已弃用该参数'}${p['instead'] === undefined ? '' : `，请改用“${text(p, 'instead')}”`}。`;

/** Simplified Chinese message for `parameter/charset`: a text parameter holds characters outside the set the vendor accepts. */
export const parameterCharset: Message = (p) => (p['allowed'] === 'ascii' ? '此处只能使用 ASCII 字符。' : `此处只能使用以下字符：${text(p, 'allowed')}。`);

/** Simplified Chinese message for `parameter/parse`: a request file or line is not valid JSON, YAML or query-string syntax (CLI). */
export const parameterParse: Message = (p) =>
  `请修正此处的 ${text(p, 'syntax')} 语法错误（${text(p, 'reason') || '语法错误'}）；该请求的其余内容均未检查。`;

/** Simplified Chinese message for `parameter/duplicate`: a JSON or YAML object repeats a key: servers differ in which value they keep (CLI). */
export const parameterDuplicate: Message = (p) =>
  `请删除这个重复的键：该对象中已有同名的键，而不同服务端保留的值不同${p['redacted'] ? '（键名未显示：它可能含有密钥的一部分）' : ''}。`;

/**
 * An id's shape in Simplified Chinese: its prefix, then the size and alphabet of the rest.
 *
 * @param params The finding's parameters.
 * @param alphabet The alphabet, in words.
 *
 * @returns The message.
 */
function idShape(params: MessageParams, alphabet: string): string {
  const prefix = text(params, 'prefix');
  const size =
    params['length'] !== undefined
      ? `恰好 ${text(params, 'length')} 个`
      : params['max'] === undefined
        ? `至少 ${text(params, 'min') || '1'} 个`
        : `${text(params, 'min') || '1'}-${text(params, 'max')} 个`;
  return prefix ? `请使用以“${prefix}”开头、其后为${size}${alphabet}的 ID。` : `请使用由${size}${alphabet}组成的 ID。`;
}

/** Simplified Chinese message for `identifier/format` of an id with a documented `alphabet` and size (every id but an opaque one). */
export const identifierFormatShaped: Message = (p) => idShape(p, ALPHABETS[text(p, 'alphabet')] ?? '字母和数字');

/** Simplified Chinese message for `identifier/format` of an id of lowercase letters and digits (`alphabet: 'lower-alnum'`), without the other alphabets' words. */
export const identifierFormatLowerAlnum: Message = (p) => idShape(p, '小写字母和数字');

/** Simplified Chinese message for `identifier/format` of an id of grouped hexadecimal digits (`groups`: a UUID, a 32-digit id), or of one holding a character that moves its URL (`part: 'url'`). */
export const identifierFormatHex: Message = (p) =>
  p['part'] === 'url'
    ? '请从该 ID 中删除“/”“?”“#”“%”、空白和控制字符：它们会改变请求发往的 URL。'
    : text(p, 'groups').includes('-')
      ? `请使用 UUID：按 ${text(p, 'groups')} 分组、以“-”分隔的十六进制数字。`
      : `请使用由 ${text(p, 'groups')} 个十六进制数字组成的 ID。`;

/** Simplified Chinese message for `identifier/format`: a resource id does not have the vendor’s prefix and shape; an opaque id's, a hex id's ({@link identifierFormatHex}), or {@link identifierFormatShaped}. */
export const identifierFormat: Message = (p) =>
  p['groups'] !== undefined
    ? identifierFormatHex(p)
    : // An opaque id (no documented alphabet) has one rule only: it must not be empty.
      p['alphabet'] === undefined
      ? '请提供非空的 ID。'
      : identifierFormatShaped(p);

/** Simplified Chinese message for `password/length`: the password is shorter or longer than the vendor allows. */
export const passwordLength: Message = (p) => `密码长度须为 ${text(p, 'min')}-${text(p, 'max')} 个字符。`;

/** Simplified Chinese message for `password/charset` when a character is outside every revision's set (an error). */
export const passwordCharsetInvalid: Message = (p) => `密码只能包含 ASCII 字母、数字和以下特殊字符：${text(p, 'allowed')}`;

/** Simplified Chinese message for `password/charset` when a character only some revisions accept is used (`disputed`, a warning). */
export const passwordCharsetDisputed: Message = (p) =>
  `并非每个版本的厂商文档都接受密码中的 ${text(p, 'disputed')}；为稳妥起见，请只使用 ASCII 字母、数字和 ${text(p, 'allowed')}。`;

/** Simplified Chinese message for `password/charset` when the password starts with a character it may not start with (`first`, the forbidden set). */
export const passwordCharsetFirst: Message = (p) => `密码不能以${quoted([...text(p, 'first')])}开头。`;

/** Simplified Chinese message for `password/charset`: the password contains a character the vendor does not accept; dispatches on `first` and `disputed`. */
export const passwordCharset: Message = (p) =>
  (p['first'] !== undefined ? passwordCharsetFirst : p['disputed'] ? passwordCharsetDisputed : passwordCharsetInvalid)(p);

/** Simplified Chinese message for `password/classes`: the password mixes too few character classes. */
export const passwordClasses: Message = (p) =>
  `密码须至少包含以下 ${text(p, 'min')} 类字符：${list(p, 'classes').map((c) => CLASS_NAMES[c] ?? c).join('、')}。`;

/** Simplified Chinese message for `password/banned-word`: the password contains a word the vendor bans. */
export const passwordBannedWord: Message = (p) => `请从密码中删除厂商禁用的词（${list(p, 'words').join(' ')}）。`;

/** Simplified Chinese message for `password/sequence`: the password contains a run of consecutive letters, digits or keyboard keys. */
export const passwordSequence: Message = (p) =>
  p['disputed']
    ? `请避免连续字符 ${list(p, 'disputed').join(' ')}（正反方向均算）：对厂商规则的一种解读禁止它们。`
    : `密码中不能有 ${text(p, 'runLength')} 个连续的字母、数字或键盘相邻键（如 abc、321、qwe）。`;

/** Simplified Chinese message for `password/contains-username`: the password contains the account's user name, its reverse or a run of its characters; `folded` when the match ignores case. */
export const passwordContainsUsername: Message = (p) => {
  const parts = [`用户名“${text(p, 'name')}”`];
  if (p['reverse']) parts.push('其逆序');
  if (p['runLength'] !== undefined) parts.push(`其中任意 ${text(p, 'runLength')} 个连续字符`);
  const what = parts.length > 1 ? `${parts.slice(0, -1).join('、')}或${parts[parts.length - 1]}` : parts.join('');
  return p['folded'] ? `密码中不能包含${what}（不区分大小写：厂商可能忽略大小写比较）。` : `密码中不能包含${what}。`;
};

/** Simplified Chinese message for `hostname/length`: the hostname is shorter or longer than the OS profile allows. */
export const hostnameLength: Message = (p) => `主机名长度须为 ${text(p, 'min')}-${text(p, 'max')} 个字符。`;

/** Simplified Chinese message for `hostname/charset`: the hostname contains a character other than letters, digits, `-` (and `.` on Linux). */
export const hostnameCharset: Message = (p) =>
  p['dots'] ? '主机名只能包含字母、数字、“-”和“.”。' : '主机名只能包含字母、数字和“-”。';

/** Simplified Chinese message for `hostname/edge`: the hostname starts or ends with `-` or `.`. */
export const hostnameEdge: Message = (p) => `主机名须以字母或数字开头和结尾，不能以 ${quoted([...text(p, 'chars')])} 开头或结尾。`;

/** Simplified Chinese message for `hostname/consecutive`: the hostname contains `--`, `..`, `.-` or `-.`. */
export const hostnameConsecutive: Message = () => '“-”和“.”之间须有字母或数字：不能出现“--”、“..”、“.-”或“-.”。';

/** Simplified Chinese message for `hostname/all-digits`: a Windows hostname consists of digits only. */
export const hostnameAllDigits: Message = () => '请加入字母或“-”：Windows 主机名不能全部为数字。';

/** Simplified Chinese message for `hostname/dot`: a Windows hostname contains a dot. */
export const hostnameDot: Message = () => '请删除点号：Windows 主机名不能包含“.”。';

/** Simplified Chinese message for `hostname/label-length`: a dot-separated hostname label is longer than 63 characters (RFC 1123). */
export const hostnameLabelLength: Message = (p) => `主机名中以点分隔的每一段不能超过 ${text(p, 'max')} 个字符（RFC 1123）。`;

/** Simplified Chinese message for `instance-name/length`: the instance name is shorter or longer than allowed. */
export const instanceNameLength: Message = (p) => `实例名称长度须为 ${text(p, 'min')}-${text(p, 'max')} 个字符。`;

/** Simplified Chinese message for `instance-name/charset`: the instance name contains a character that is not allowed. */
export const instanceNameCharset: Message = (p) => `实例名称只能包含字母、数字和 ${quoted([...text(p, 'extra')])}。`;

/** Simplified Chinese message for `metadata/count`: there are more metadata pairs than allowed. */
export const metadataCount: Message = (p) => `元数据最多 ${text(p, 'max')} 对。`;

/** Simplified Chinese message for `metadata/key-length`: a metadata key is longer than allowed. */
export const metadataKeyLength: Message = (p) => `元数据的 key 不能超过 ${text(p, 'max')} 个字符。`;

/** Simplified Chinese message for `metadata/value-size`: a metadata value is larger than allowed. */
export const metadataValueSize: Message = (p) => `元数据的 value 不能超过 ${text(p, 'max')} 字节（UTF-8）。`;

/** Simplified Chinese message for `metadata/empty-key`: a metadata key is empty. */
export const metadataEmptyKey: Message = () => '元数据的 key 不能为空。';

/** Simplified Chinese message for `metadata/duplicate-key`: two metadata keys are the same (compared case-insensitively). */
export const metadataDuplicateKey: Message = () => '每个元数据 key 只能出现一次；key 不区分大小写。';

/** Simplified Chinese message for `metadata/ignored-key`: a metadata key is accepted but ignored by the vendor (it ends with `-`). */
export const metadataIgnoredKey: Message = (p) => `请删除 key 末尾的“${text(p, 'suffix')}”：厂商会忽略以它结尾的 key。`;

/** Simplified Chinese message for `userdata/base64`: user data is not strict standard-alphabet Base64. */
export const userdataBase64: Message = (p) => BASE64_HINTS[text(p, 'hint')] ?? BASE64_HINTS['alphabet'] ?? '';

/** Simplified Chinese message for `userdata/padding`: user data Base64 lacks its `=` padding. */
export const userdataPadding: Message = (p) =>
  `Base64 用户数据缺少 ${text(p, 'missing')} 个“=”填充字符；厂商示例省略了填充，但严格的解码器需要它。`;

/** Simplified Chinese message for `userdata/size` measured in Base64 characters (`unit: 'encoded-chars'`). */
export const userdataSizeEncodedChars: Message = (p) =>
  `Base64 编码后的用户数据不能超过 ${text(p, 'max')} 个字符（当前 ${text(p, 'actual')} 个）。`;

/** Simplified Chinese message for `userdata/size` measured in bytes before Base64 encoding (`unit: 'decoded-bytes'`). */
export const userdataSizeDecodedBytes: Message = (p) =>
  `用户数据在 Base64 编码前不能超过 ${text(p, 'max')} 字节（当前 ${text(p, 'actual')} 字节）。`;

/** Simplified Chinese message for `userdata/size` measured in UTF-8 bytes against an assumed limit (`unit: 'utf8-bytes'`). */
export const userdataSizeUtf8Bytes: Message = (p) => {
  const actual = text(p, 'actual');
  // A value far over the limit is not measured (that would scan it), so the count may be absent.
  const has = actual ? `（当前 ${actual} 字节）` : '';
  return `用户数据请控制在 ${text(p, 'max')} 字节以内${has}；厂商未公布确切上限。`;
};

/** Simplified Chinese message for `userdata/size`: user data is larger than the vendor allows; dispatches on `unit`. */
export const userdataSize: Message = (p) => {
  const unit = text(p, 'unit');
  return (unit === 'encoded-chars' ? userdataSizeEncodedChars : unit === 'decoded-bytes' ? userdataSizeDecodedBytes : userdataSizeUtf8Bytes)(p);
};

/**
 * Simplified Chinese message for `userdata/framing`: the decoded script lacks the first/last lines the vendor requires.
 *
 * @param params The finding's parameters.
 *
 * @returns The message.
 */
export function userdataFraming(params: MessageParams): string {
  const expected = quoted(list(params, 'expected'));
  const reason = text(params, 'reason');
  if (reason === 'bom') return '请删除“#!”之前的字节顺序标记（BOM）：内核无法识别其后的 shebang。';
  if (reason === 'blank-line') return '请删除“#!”之前的空行：shebang 必须是第一行。';
  if (reason === 'disputed') return `厂商文档只列出 ${expected} 作为首行，请使用其中之一。`;
  const os = text(params, 'os');
  if (os === 'linux') return `脚本首行须为 ${expected} 之一。`;
  if (os === 'windows') return '脚本首行和末行须为“<cmd>”和“</cmd>”，或“<powershell>”和“</powershell>”。';
  return '请为脚本加上框架：Linux 首行为“#!/bin/bash”或“#!/usr/bin/env python”；Windows 首、末行为“<cmd>”/“</cmd>”或“<powershell>”/“</powershell>”。';
}

/** Simplified Chinese message for `credentials/conflict`: two login methods are given where only one is allowed. */
export const credentialsConflict: Message = (p) =>
  `只能指定一种登录方式：请删除此项或“${text(p, 'with')}”（${quoted(list(p, 'names'))} 之一）。`;

/** Simplified Chinese message for `credentials/missing`: no login method is given where exactly one is required. */
export const credentialsMissing: Message = (p) => `须且只能指定一种登录方式：${quoted(list(p, 'names'))}。`;

/** Simplified Chinese message for `credentials/unsupported`: a login method is given that the target OS does not support. */
export const credentialsUnsupported: Message = (p) => `请删除“${text(p, 'name')}”：目标镜像不支持这种登录方式。`;

/** Simplified Chinese message for `credentials/ignored`: a login setting is accepted but has no effect. */
export const credentialsIgnored: Message = (p) =>
  `“${text(p, 'name')}”${IGNORED_REASONS[text(p, 'reason')] ?? '在此处'}不起作用；请删除它，或修改覆盖它的设置。`;

/** Simplified Chinese message for `system-disk/size` of a size that is not positive (no bounds given). */
export const systemDiskSizePositive: Message = () => '系统盘大小须为正整数（GiB）。';

/** Simplified Chinese message for `system-disk/size` outside the documented bounds (`min`, `max`); `reason: 'category'` where the bounds depend on the disk category. */
export const systemDiskSizeRange: Message = (p) =>
  p['reason'] === 'category'
    ? `系统盘大小请使用 ${text(p, 'min')}-${text(p, 'max')} GiB，以便所有云盘类型都接受：其他大小取决于云盘类型。`
    : `系统盘大小须为 ${text(p, 'min')}-${text(p, 'max')} GiB。`;

/** Simplified Chinese message for `system-disk/size`: dispatches on `min`. */
export const systemDiskSize: Message = (p) => (p['min'] === undefined ? systemDiskSizePositive : systemDiskSizeRange)(p);

/** Simplified Chinese message for `system-disk/type`: a reset cannot change the system disk type. */
export const systemDiskType: Message = () => '请删除 DiskType：重装系统不能修改系统盘类型。';

/** Simplified Chinese message for `timezone/unknown`: the time zone is not an IANA zone name known to this runtime. */
export const timezoneUnknown: Message = () => '请使用 IANA 时区名称，例如“Asia/Shanghai”或“America/Los_Angeles”。';

/** Simplified Chinese message for `preflight/instance-state`: the instance is in a state the vendor does not reset from. */
export const preflightInstanceState: Message = (p) =>
  p['alternative'] === undefined
    ? `请先将实例置于 ${list(p, 'allowed').join(' 或 ')} 状态（当前为 ${text(p, 'state')}）。`
    : `请先将实例置于 ${list(p, 'allowed').join(' 或 ')} 状态，或设置 ${text(p, 'alternative')}（当前为 ${text(p, 'state')}）。`;

/** Simplified Chinese message for `preflight/disk-type`: the image does not support the instance’s system disk type. */
export const preflightDiskType: Message = (p) => `请选择支持 ${text(p, 'expected')} 系统盘的镜像，与实例一致。`;

/** Simplified Chinese message for `preflight/disk-size`: the system disk is smaller than the image, or would shrink. */
export const preflightDiskSize: Message = (p) =>
  p['reason'] === 'local' ? '请删除系统盘大小：重装系统只能调整云盘系统盘的大小。' : `系统盘大小须至少为 ${text(p, 'min')} GiB。`;

/** Simplified Chinese message for `preflight/encryption`: the image and the system disk differ in encryption. */
export const preflightEncryption: Message = () => '请选择加密属性与系统盘一致的镜像。';

/** Simplified Chinese message for `preflight/instance-type`: the image does not support the instance type. */
export const preflightInstanceType: Message = (p) => `请选择支持实例规格 ${text(p, 'instanceType')} 的镜像。`;

/** Simplified Chinese message for `preflight/os-switch`: the reset would switch between Linux and Windows where the vendor forbids it. */
export const preflightOsSwitch: Message = (p) =>
  p['reason'] === 'overseas'
    ? '请保持操作系统类型不变：旧版 API 文档规定境外地域的实例不支持 Linux 与 Windows 互相切换。'
    : p['reason'] === 'never'
      ? '请选择与实例当前操作系统类型相同的镜像：此接口不支持切换操作系统类型。'
      : `请保持操作系统类型不变，或仅在 ${list(p, 'diskTypes').join('、')} 系统盘上切换 Linux 与 Windows。`;

/** Simplified Chinese message for `preflight/image-state`: the image is not in a usable state. */
export const preflightImageState: Message = (p) => `请使用可用状态的镜像（当前为 ${text(p, 'status')}）。`;

/** Simplified Chinese message for `preflight/agent`: the guest agent is requested on an image that does not support it. */
export const preflightAgent: Message = () => '请将 enableAgent 设为 false，或选择支持 QGA 的镜像。';

/** Simplified Chinese message for `preflight/keep-image-login`: keeping the image’s login settings needs a custom, shared or imported image. */
export const preflightKeepImageLogin: Message = () => '只有自定义、共享或导入镜像才能使用 KeepImageLogin。';

/** Simplified Chinese message for `preflight/system-disk`: the instance has no system disk, which the reinstall needs. */
export const preflightSystemDisk: Message = () => '请先为实例挂载系统盘：只有带系统盘的实例才能重装或切换操作系统。';

/** Simplified Chinese message for `preflight/cloud-init`: the image lacks Cloud-Init (Linux) or Cloudbase-Init (Windows), which the API needs. */
export const preflightCloudInit: Message = () => '请选择已安装 Cloud-Init（Linux）或 Cloudbase-Init（Windows）的镜像，或改用适用于未安装它的镜像的接口。';

/** Simplified Chinese message for `preflight/instance-lock`: the instance is locked in a way the vendor may refuse the reset for. */
export const preflightInstanceLock: Message = (p) =>
  p['reason'] === 'financial'
    ? '请先续费或结清欠费：实例因欠费被锁定（financial）。'
    : `请先解除实例的“${text(p, 'reason')}”锁定：锁定期间云厂商可能拒绝重装系统。`;

/** Simplified Chinese message for `preflight/unpaid-order`: the instance has an unpaid order, which the vendor wants settled before a reset. */
export const preflightUnpaidOrder: Message = () => '请先支付或取消该实例的未支付订单。';

/** Simplified Chinese message for `preflight/stop-mode`: the instance was stopped in a mode that releases its resources, so it may not restart after the reset. */
export const preflightStopMode: Message = () => '请启动实例后以普通停机模式（KeepCharging）重新停止：节省停机模式下，重装系统后实例可能因资源不足而无法启动。';

/** Simplified Chinese message for `preflight/security-enhancement`: security hardening is requested with an image the vendor offers it for only on public images. */
export const preflightSecurityEnhancement: Message = () => '请将 SecurityEnhancementStrategy 设为 Deactive，或选择公共镜像：安全加固（Active）仅支持公共镜像。';

/** Why a file cannot be read, by error code or kind of file (any other code is shown as it is). */
const UNREADABLE_ZH: Readonly<Record<string, string>> = {
  EACCES: '权限不足',
  EPERM: '权限不足',
  ELOOP: '符号链接层数过多',
  ENOTDIR: '路径中有一部分不是目录',
  ENAMETOOLONG: '名称过长',
  EISDIR: '它是一个目录',
  fifo: '它是一个命名管道',
  socket: '它是一个套接字',
  device: '它是一个设备',
  'not-a-file': '它不是普通文件',
  ENOENT: '它已不存在',
  internal: '检查器处理它时出错，请报告此问题',
  unreadable: '权限问题，或不是普通文件',
};

/** Simplified Chinese message for `lint/file-unreadable`: a path given to the CLI does not exist or cannot be read. */
export const lintFileUnreadable: Message = (p) =>
  p['reason'] === 'not-found'
    ? '请检查路径：不存在该文件或目录。'
    : p['reason'] === 'no-match'
      ? '请检查模式：它没有匹配任何 JSON、YAML、.txt 或 .url 文件。'
      : `请检查该文件：无法读取（${UNREADABLE_ZH[String(p['reason'])] ?? String(p['reason'] ?? 'unreadable')}）。`;

/** Simplified Chinese message for `lint/file-too-large`: a file is larger than the CLI reads (`--max-file-size`, default 10 MiB). */
export const lintFileTooLarge: Message = (p) =>
  `请求文件不能超过 ${text(p, 'max')} 字节（此文件 ${text(p, 'actual')} 字节），或调大 --max-file-size。`;

/** Simplified Chinese message for `lint/api-unknown`: the CLI cannot tell which API a request is for (no `--api`, `$api`, config or certain detection). */
export const lintApiUnknown: Message = (p) =>
  `${p['given'] ? `“$api”的值不是已知的 API ID${p['suggestion'] ? `（您是否想用“${text(p, 'suggestion')}”？）` : ''}。` : ''}请在请求中用“$api”、或用 --api、或在配置文件中指明 API，可选：${list(p, 'candidates').join('、')}。`;

/** Simplified Chinese message for `lint/unused-ignore`: a config ignore matched no finding: remove the stale suppression. */
export const lintUnusedIgnore: Message = (p) => `请删除这条对“${text(p, 'rule')}”的忽略规则：它没有匹配任何问题。`;

/** Simplified Chinese message for `lint/truncated`: a request has more findings, or a file more requests, than the CLI reports. */
export const lintTruncated: Message = (p) =>
  p['what'] === 'requests' ? `请拆分该文件：只检查了它的前 ${text(p, 'max')} 个请求。` : `请修正这些问题后重新检查：此请求只显示前 ${text(p, 'max')} 条问题。`;

/**
 * Simplified Chinese messages for every rule: what `validate()`, the CLI and
 * the docs use, and one table that serves every vendor's schemas. A browser
 * form that needs one vendor only takes that vendor's `zhCN`
 * (`instance-preflight/tencent` and so on), which carries only the rules its
 * schemas report.
 */
export const zhCN: MessageTable = /* @__PURE__ */ tableOf('zh-CN', messages);
