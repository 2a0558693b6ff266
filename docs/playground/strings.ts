import type { Lang } from '../../src/index.ts';

/** The interface texts, by language: every label, hint, heading and button of the page. */
const EN = {
  title: 'instance-preflight playground',
  tagline: 'Build or paste a reset / rebuild instance request and see, before you send it, what the vendor would answer.',
  vendor: 'Vendor',
  api: 'API',
  os: 'Target OS',
  osUnknown: 'Unknown',
  lang: 'Language',
  formHeading: 'Parameters',
  formHint: 'Fields marked “required” must be sent. Leave a field empty to leave it out of the request.',
  examplesHeading: 'Examples',
  examplesHint: 'Requests from the repository’s examples/ folder: ✓ passes, ✗ shows findings.',
  exampleGood: 'passes',
  exampleBad: 'has findings',
  editorHeading: 'Request text',
  editorHint: 'Paste a JSON body, a YAML document, or a request URL / query string. It stays in sync with the form.',
  editorFormat: 'Written as',
  formatJson: 'JSON',
  formatYaml: 'YAML',
  formatQuery: 'Query string',
  reportHeading: 'What the vendor would answer',
  reportIdle: 'Fill in a field or paste a request: the findings appear here and under each field.',
  accepted: 'Accepted',
  rejected: 'Rejected',
  errors: 'errors',
  error: 'error',
  warnings: 'warnings',
  warning: 'warning',
  infos: 'notes',
  info: 'note',
  noIssues: 'No findings: the vendor’s documented rules accept this request.',
  vendorCode: 'Vendor code',
  ruleLink: 'Rule',
  at: 'at',
  requestRoot: '(the request)',
  required: 'required',
  notSent: '— not sent —',
  add: 'Add',
  addPair: 'Add a pair',
  remove: 'Remove',
  removeRow: 'Remove row',
  clear: 'Clear',
  wrongType: 'Value of the wrong type (from the request text):',
  unknownHeading: 'Not parameters of this API',
  unknownHint: 'The request text has these; the vendor would not take them.',
  generatePassword: 'Generate a valid password',
  showPassword: 'Show',
  hidePassword: 'Hide',
  hostnameFrom: 'Make a hostname from a name',
  hostnameName: 'Instance name',
  hostnameMake: 'Make hostname',
  hostnameFailed: {
    'no-hostname-parameter': 'This API has no hostname parameter.',
    'no-usable-characters': 'The name has no ASCII letter or digit to build a hostname from.',
    'too-short': 'The name has too few usable characters for the minimum length.',
  },
  userdataHeading: 'Encode a script as user data',
  userdataScript: 'Script',
  userdataFile: 'Or read a file',
  userdataFrame: 'Add a frame',
  frameNone: 'none (already framed)',
  userdataEncode: 'Encode into the field',
  userdataEncoded: 'Encoded into the field:',
  characters: 'characters',
  parseProblem: 'Line {line}, column {column}: ',
  manyRequests: 'This text holds {count} requests; the form shows the first.',
  detected: 'Detected {api} from the request.',
  shareHeading: 'Share',
  copyLink: 'Copy link to this case',
  copied: 'Link copied.',
  shareNote: 'The link holds the API, OS, language and request, but never the password: it is left out of the link and stays on this page.',
  offline: 'Everything runs in this page: no request leaves it, and it keeps working offline.',
  severity: { error: 'error', warning: 'warning', info: 'info' },
  jsonOnly: 'This API takes a JSON body only: the query was read as its parameters and checked as JSON.',
  apiUnknown: 'The "$api" value names no API of this playground; checked against the API chosen above.',
} as const;

/** The shape of a strings table. */
export type Strings = { readonly [K in keyof typeof EN]: (typeof EN)[K] extends string ? string : { readonly [R in keyof (typeof EN)[K]]: string } };

const ZH_CN: Strings = {
  title: 'instance-preflight 在线试用',
  tagline: '构建或粘贴一个重装 / 重建实例请求，在发送之前就看到云厂商会如何答复。',
  vendor: '云厂商',
  api: '接口',
  os: '目标操作系统',
  osUnknown: '未知',
  lang: '语言',
  formHeading: '参数',
  formHint: '标有“必填”的字段必须发送。字段留空即不随请求发送。',
  examplesHeading: '示例',
  examplesHint: '来自仓库 examples/ 目录的请求：✓ 通过，✗ 有问题。',
  exampleGood: '通过',
  exampleBad: '有问题',
  editorHeading: '请求文本',
  editorHint: '粘贴 JSON 请求体、YAML 文档，或请求 URL / 查询字符串。它与表单保持同步。',
  editorFormat: '书写格式',
  formatJson: 'JSON',
  formatYaml: 'YAML',
  formatQuery: '查询字符串',
  reportHeading: '云厂商会如何答复',
  reportIdle: '填写任一字段或粘贴请求后，检查结果会显示在这里以及对应字段下方。',
  accepted: '可以通过',
  rejected: '会被拒绝',
  errors: '个错误',
  error: '个错误',
  warnings: '个警告',
  warning: '个警告',
  infos: '条提示',
  info: '条提示',
  noIssues: '没有问题：按云厂商公开的规则，这个请求会被接受。',
  vendorCode: '厂商错误码',
  ruleLink: '规则',
  at: '位置',
  requestRoot: '（整个请求）',
  required: '必填',
  notSent: '— 不发送 —',
  add: '添加',
  addPair: '添加一对',
  remove: '删除',
  removeRow: '删除此行',
  clear: '清除',
  wrongType: '类型不正确的值（来自请求文本）：',
  unknownHeading: '不属于此接口的参数',
  unknownHint: '请求文本中含有这些参数；云厂商不会接受它们。',
  generatePassword: '生成有效密码',
  showPassword: '显示',
  hidePassword: '隐藏',
  hostnameFrom: '根据名称生成主机名',
  hostnameName: '实例名称',
  hostnameMake: '生成主机名',
  hostnameFailed: {
    'no-hostname-parameter': '此接口没有主机名参数。',
    'no-usable-characters': '名称中没有可用于主机名的 ASCII 字母或数字。',
    'too-short': '名称中可用的字符太少，达不到最小长度。',
  },
  userdataHeading: '将脚本编码为自定义数据',
  userdataScript: '脚本',
  userdataFile: '或读取文件',
  userdataFrame: '添加脚本头',
  frameNone: '不添加（已有）',
  userdataEncode: '编码并填入字段',
  userdataEncoded: '已编码并填入字段：',
  characters: '个字符',
  parseProblem: '第 {line} 行第 {column} 列：',
  manyRequests: '此文本包含 {count} 个请求；表单显示第一个。',
  detected: '已根据请求识别出接口 {api}。',
  shareHeading: '分享',
  copyLink: '复制此案例的链接',
  copied: '链接已复制。',
  shareNote: '链接包含接口、操作系统、语言和请求内容，但绝不包含密码：密码不会写入链接，只留在本页面中。',
  offline: '一切都在本页面中运行：不会发出任何网络请求，离线也能继续使用。',
  severity: { error: '错误', warning: '警告', info: '提示' },
  jsonOnly: '此接口只接受 JSON 请求体：已将查询字符串读取为参数并按 JSON 检查。',
  apiUnknown: '“$api”的值不是本页面支持的接口；已按上方选择的接口检查。',
};

/**
 * Counts a severity in words: "1 error", "2 errors" (Chinese has one form).
 *
 * @param t The strings table.
 * @param count How many.
 * @param severity Which severity.
 *
 * @returns The text.
 */
export function countOf(t: Strings, count: number, severity: 'error' | 'warning' | 'info'): string {
  const plural = { error: t.errors, warning: t.warnings, info: t.infos }[severity];
  return `${count} ${count === 1 ? t[severity] : plural}`;
}

/** The interface texts by language. */
export const STRINGS: Readonly<Record<Lang, Strings>> = { en: EN, 'zh-CN': ZH_CN };

/**
 * Fills `{name}` placeholders of an interface text.
 *
 * @param template The text.
 * @param values The values by name.
 *
 * @returns The filled text.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
