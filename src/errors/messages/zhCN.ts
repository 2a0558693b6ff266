import type { MessageParams, MessageTable } from './types.ts';
import { list, text } from './types.ts';

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
};

const quoted = (values: readonly string[]): string => values.map((value) => `“${value}”`).join('、');

function identifier(params: MessageParams): string {
  // An opaque id (no documented alphabet) has one rule only: it must not be empty.
  if (params['alphabet'] === undefined) return '请提供非空的 ID。';
  const prefix = text(params, 'prefix');
  const alphabet = ALPHABETS[text(params, 'alphabet')] ?? '字母和数字';
  const size =
    params['length'] !== undefined
      ? `恰好 ${text(params, 'length')} 个`
      : params['max'] === undefined
        ? `至少 ${text(params, 'min') || '1'} 个`
        : `${text(params, 'min') || '1'}-${text(params, 'max')} 个`;
  return prefix ? `请使用以“${prefix}”开头、其后为${size}${alphabet}的 ID。` : `请使用由${size}${alphabet}组成的 ID。`;
}

function framing(params: MessageParams): string {
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

function userdataSize(params: MessageParams): string {
  const max = text(params, 'max');
  const actual = text(params, 'actual');
  const unit = text(params, 'unit');
  if (unit === 'encoded-chars') return `Base64 编码后的用户数据不能超过 ${max} 个字符（当前 ${actual} 个）。`;
  if (unit === 'decoded-bytes') return `用户数据在 Base64 编码前不能超过 ${max} 字节（当前 ${actual} 字节）。`;
  // A value far over the limit is not measured (that would scan it), so the count may be absent.
  const has = actual ? `（当前 ${actual} 字节）` : '';
  return `用户数据请控制在 ${max} 字节以内${has}；厂商未公布确切上限。`;
}

const FORM_TYPES: Readonly<Record<string, string>> = {
  boolean: '此处请使用 TRUE、true、FALSE 或 false。',
  integer: '此处请使用由数字组成的整数。',
  object: '请以展开的参数名（“Name.Field=value”）传递此参数，而不是单个值。',
  array: '请以带序号的参数名（“Name.0=value”、“Name.1=value”）传递此列表，而不是单个值。',
  string: '请以单个值传递此参数，不要在其下展开参数名。',
  query: '请提供请求 URL、查询字符串或由字符串组成的扁平映射。',
};

const FLATTENING: Readonly<Record<string, (key: string, index: string) => string>> = {
  index: (key) => `列表元素请按 0、1、2…… 编号：“${key}”的末尾不是列表序号。`,
  gap: (key, index) => `“${key}”的元素请从 0 开始连续编号：缺少第 ${index} 个元素。`,
  repeated: (key) => `“${key}”只能出现一次：该参数名重复了。`,
  conflict: (key) => `“${key}”只能作为单个值，或在其下展开参数名（“${key}.Name”），不能两者兼有。`,
  'empty-segment': (key) => `请删除参数名“${key}”中的空段（“..”或首尾的“.”）。`,
};

/** Appended to an issue whose form value held a literal `+`: form decoding turns it into a space. */
export const ZH_CN_PLUS_HINT = '在查询字符串中，字面的“+”表示空格：请将“+”编码为 %2B 发送。';

/** Simplified Chinese messages. */
export const zhCN: MessageTable = {
  lang: 'zh-CN',
  forOs: (os, message) => `若目标镜像为 ${os === 'windows' ? 'Windows' : 'Linux'}：${message}`,
  rules: {
    'parameter/required': (p) => `请填写“${text(p, 'name')}”：该参数为必选。`,
    'parameter/type': (p) => (p['encoding'] === 'query' ? FORM_TYPES[text(p, 'expected')] : undefined) ?? `此处应为 JSON ${text(p, 'expected')} 类型。`,
    'parameter/flattening': (p) => FLATTENING[text(p, 'reason')]?.(text(p, 'key'), text(p, 'index')) ?? `请修正展开的参数名“${text(p, 'key')}”。`,
    'parameter/unknown': (p) =>
      p['suggestion']
        ? `此接口没有参数“${text(p, 'name')}”；是否应为“${text(p, 'suggestion')}”？`
        : `此接口没有参数“${text(p, 'name')}”，请删除。`,
    'parameter/enum': (p) => `请使用以下取值之一：${quoted(list(p, 'allowed'))}。`,
    'parameter/count': (p) => `此处最多只能有 ${text(p, 'max')} 个元素。`,
    'parameter/parse': (p) =>
      `请修正此处的 ${text(p, 'syntax')} 语法错误（${text(p, 'reason') || '语法错误'}）；该请求的其余内容均未检查。`,
    'identifier/format': identifier,
    'password/length': (p) => `密码长度须为 ${text(p, 'min')}-${text(p, 'max')} 个字符。`,
    'password/charset': (p) =>
      p['disputed']
        ? `只有较新版本的厂商文档接受密码中的 ${text(p, 'disputed')}；为稳妥起见，请只使用 ASCII 字母、数字和 ${text(p, 'allowed')}。`
        : `密码只能包含 ASCII 字母、数字和以下特殊字符：${text(p, 'allowed')}`,
    'password/classes': (p) =>
      `密码须至少包含以下 ${text(p, 'min')} 类字符：${list(p, 'classes').map((c) => CLASS_NAMES[c] ?? c).join('、')}。`,
    'password/banned-word': (p) => `请从密码中删除厂商禁用的词（${list(p, 'words').join(' ')}）。`,
    'password/sequence': (p) =>
      p['disputed']
        ? `请避免数字串 ${list(p, 'disputed').join(' ')}：对厂商规则的一种解读禁止它们。`
        : `密码中不能有 ${text(p, 'runLength')} 个连续的字母、数字或键盘相邻键（如 abc、321、qwe）。`,
    'hostname/length': (p) => `主机名长度须为 ${text(p, 'min')}-${text(p, 'max')} 个字符。`,
    'hostname/charset': (p) =>
      p['dots'] ? '主机名只能包含字母、数字、“-”和“.”。' : '主机名只能包含字母、数字和“-”。',
    'hostname/edge': (p) => `主机名须以字母或数字开头和结尾，不能以 ${quoted([...text(p, 'chars')])} 开头或结尾。`,
    'hostname/consecutive': () => '“-”和“.”之间须有字母或数字：不能出现“--”、“..”、“.-”或“-.”。',
    'hostname/all-digits': () => '请加入字母或“-”：Windows 主机名不能全部为数字。',
    'hostname/dot': () => '请删除点号：Windows 主机名不能包含“.”。',
    'hostname/label-length': (p) => `主机名中以点分隔的每一段不能超过 ${text(p, 'max')} 个字符（RFC 1123）。`,
    'instance-name/length': (p) => `实例名称长度须为 ${text(p, 'min')}-${text(p, 'max')} 个字符。`,
    'instance-name/charset': (p) => `实例名称只能包含字母、数字和 ${quoted([...text(p, 'extra')])}。`,
    'metadata/count': (p) => `元数据最多 ${text(p, 'max')} 对。`,
    'metadata/key-length': (p) => `元数据的 key 不能超过 ${text(p, 'max')} 个字符。`,
    'metadata/value-size': (p) => `元数据的 value 不能超过 ${text(p, 'max')} 字节（UTF-8）。`,
    'metadata/empty-key': () => '元数据的 key 不能为空。',
    'metadata/duplicate-key': () => '每个元数据 key 只能出现一次；key 不区分大小写。',
    'metadata/ignored-key': (p) => `请删除 key 末尾的“${text(p, 'suffix')}”：厂商会忽略以它结尾的 key。`,
    'userdata/base64': (p) => BASE64_HINTS[text(p, 'hint')] ?? BASE64_HINTS['alphabet'] ?? '',
    'userdata/padding': (p) =>
      `Base64 用户数据缺少 ${text(p, 'missing')} 个“=”填充字符；厂商示例省略了填充，但严格的解码器需要它。`,
    'userdata/size': userdataSize,
    'userdata/framing': framing,
    'credentials/conflict': (p) =>
      `只能指定一种登录方式：请删除此项或“${text(p, 'with')}”（${quoted(list(p, 'names'))} 之一）。`,
    'credentials/missing': (p) => `须且只能指定一种登录方式：${quoted(list(p, 'names'))}。`,
    'credentials/unsupported': (p) => `请删除“${text(p, 'name')}”：目标镜像不支持这种登录方式。`,
    'credentials/ignored': (p) =>
      `“${text(p, 'name')}”${IGNORED_REASONS[text(p, 'reason')] ?? '在此处'}不起作用；请删除它，或修改覆盖它的设置。`,
    'system-disk/size': () => '系统盘大小须为正整数（GiB）。',
    'system-disk/type': () => '请删除 DiskType：重装系统不能修改系统盘类型。',
    'timezone/unknown': () => '请使用 IANA 时区名称，例如“Asia/Shanghai”或“America/Los_Angeles”。',
    'preflight/instance-state': (p) => `请先将实例置于 ${list(p, 'allowed').join(' 或 ')} 状态（当前为 ${text(p, 'state')}）。`,
    'preflight/disk-type': (p) => `请选择支持 ${text(p, 'expected')} 系统盘的镜像，与实例一致。`,
    'preflight/disk-size': (p) =>
      p['reason'] === 'local' ? '请删除系统盘大小：重装系统只能调整云盘系统盘的大小。' : `系统盘大小须至少为 ${text(p, 'min')} GiB。`,
    'preflight/encryption': () => '请选择加密属性与系统盘一致的镜像。',
    'preflight/instance-type': (p) => `请选择支持实例规格 ${text(p, 'instanceType')} 的镜像。`,
    'preflight/os-switch': (p) =>
      p['reason'] === 'overseas'
        ? '请保持操作系统类型不变：旧版 API 文档规定境外地域的实例不支持 Linux 与 Windows 互相切换。'
        : p['reason'] === 'never'
          ? '请选择与实例当前操作系统类型相同的镜像：此接口不支持切换操作系统类型。'
          : `请保持操作系统类型不变，或仅在 ${list(p, 'diskTypes').join('、')} 系统盘上切换 Linux 与 Windows。`,
    'preflight/image-state': (p) => `请使用可用状态的镜像（当前为 ${text(p, 'status')}）。`,
    'preflight/agent': () => '请将 enableAgent 设为 false，或选择支持 QGA 的镜像。',
    'preflight/keep-image-login': () => '只有自定义、共享或导入镜像才能使用 KeepImageLogin。',
    'lint/file-unreadable': (p) =>
      p['reason'] === 'not-found'
        ? '请检查路径：不存在该文件或目录。'
        : p['reason'] === 'no-match'
          ? '请检查模式：它没有匹配任何 JSON、YAML、.txt 或 .url 文件。'
          : '请检查该文件：无法读取（权限问题，或不是普通文件）。',
    'lint/file-too-large': (p) =>
      `请求文件不能超过 ${text(p, 'max')} 字节（此文件 ${text(p, 'actual')} 字节），或调大 --max-file-size。`,
    'lint/api-unknown': (p) =>
      `${p['given'] ? '“$api”的值不是已知的 API ID。' : ''}请在请求中用“$api”、或用 --api、或在配置文件中指明 API，可选：${list(p, 'candidates').join('、')}。`,
    'lint/unused-ignore': (p) => `请删除这条对“${text(p, 'rule')}”的忽略规则：它没有匹配任何问题。`,
  },
};
