/**
 * Zenlayer's texts in the playground (docs/playground/): the vendor's name per language, and the Simplified
 * Chinese of every parameter description of its about objects, keyed by about key, each beside the English
 * it translates (a changed English text shows in English until translated again).
 */
export const PLAYGROUND_TEXTS = {
  name: { en: 'Zenlayer', 'zh-CN': 'Zenlayer' },
  hintsZhCN: {
    instanceId: {
      en: 'Instance id, from DescribeInstances (format undocumented).',
      zh: '实例 ID，可通过 DescribeInstances 查询（格式未公开）。',
    },
    password: {
      en: 'Instance password: 8-16 characters with a letter, a digit and one of ~!@$^*-_=+. Not with keyId.',
      zh: '实例密码：8-16 个字符，须含字母、数字以及 ~!@$^*-_=+ 中的一个。不能与 keyId 同时指定。',
    },
    keyId: {
      en: 'SSH key pair id, e.g. key-YWD2QFOl. Not with password; Windows and Generic images take neither.',
      zh: 'SSH 密钥对 ID，例如 key-YWD2QFOl。不能与 password 同时指定；Windows 和 Generic 镜像两者都不接受。',
    },
    imageId: { en: 'Image id, from DescribeImages (format undocumented).', zh: '镜像 ID，可通过 DescribeImages 查询（格式未公开）。' },
    timezone: {
      en: 'Time zone name (IANA, e.g. Asia/Shanghai); the valid list comes from DescribeTimeZones.',
      zh: '时区名称（IANA，例如 Asia/Shanghai）；可用列表来自 DescribeTimeZones。',
    },
    enableAgent: { en: 'Whether the QEMU guest agent (QGA) is enabled.', zh: '是否启用 QEMU 客户机代理（QGA）。' },
    instanceName: {
      en: 'New instance name: 2-63 characters, letters, digits, "-" and ".".',
      zh: '新的实例名称：2-63 个字符，可用字母、数字、“-”和“.”。',
    },
    userData: { en: 'Initialization command (encoding and size limit undocumented).', zh: '初始化命令（编码方式和大小上限未公开）。' },
  },
} as const;
