/**
 * JD Cloud's texts in the playground (docs/playground/): the vendor's name per language, and the Simplified
 * Chinese of every parameter description of its about objects, keyed by about key, each beside the English
 * it translates (a changed English text shows in English until translated again).
 */
export const PLAYGROUND_TEXTS = {
  name: { en: 'JD Cloud', 'zh-CN': '京东云' },
  hintsZhCN: {
    regionId: { en: 'Path parameter: the region id, e.g. cn-north-1.', zh: '路径参数：地域 ID，例如 cn-north-1。' },
    instanceId: { en: 'Path parameter: the instance id (i-xxxxxxxxxx).', zh: '路径参数：实例 ID（i-xxxxxxxxxx）。' },
    password: {
      en: 'Instance password for SSH and VNC login: 8-30 characters, 3 of 4 classes, no banned words or runs.',
      zh: '实例密码，用于 SSH 和 VNC 登录：8-30 个字符，包含 4 类字符中的 3 类，不得含禁用词或连续字符。',
    },
    imageId: {
      en: 'Image id (img-xxxxxxxxxx), from DescribeImages.',
      zh: '镜像 ID（img-xxxxxxxxxx），可通过 DescribeImages 查询。',
    },
    keyNames: {
      en: 'Key pair names; one at most, effective on Linux only. An unknown name answers 404 NOT_FOUND.',
      zh: '密钥对名称；最多一个，仅对 Linux 生效。名称不存在时返回 404 NOT_FOUND。',
    },
    'keyNames[]': {
      en: 'Key pair name: letters, digits, "_" and "-", at most 32.',
      zh: '密钥对名称：字母、数字、“_”和“-”，最多 32 个字符。',
    },
    hostname: {
      en: 'Hostname. Windows 2-15 characters, no dots, not all digits; Linux 2-64, dotted segments.',
      zh: '主机名。Windows 为 2-15 个字符，不含点号，不能全为数字；Linux 为 2-64 个字符，可用点号分段。',
    },
    metadata: {
      en: 'User metadata: at most 40 pairs, keys case-insensitive, a key ending in "-" is ignored.',
      zh: '用户元数据：最多 40 对，键不区分大小写，以“-”结尾的键会被忽略。',
    },
    'metadata[]': { en: 'One key-value pair.', zh: '一个键值对。' },
    'metadata[].key': { en: 'Key: at most 256 characters, any characters.', zh: '键：最多 256 个字符，字符不限。' },
    'metadata[].value': { en: 'Value: at most 16 KB, any characters.', zh: '值：最多 16 KB，字符不限。' },
    userdata: {
      en: 'Launch script: one element keyed "launch-script", Base64, at most 16 KB before encoding.',
      zh: '启动脚本：一个键为“launch-script”的元素，Base64 编码，编码前最多 16 KB。',
    },
    'userdata[]': { en: 'The launch script.', zh: '启动脚本。' },
    'userdata[].key': { en: 'Script type: only launch-script.', zh: '脚本类型：仅支持 launch-script。' },
    'userdata[].value': {
      en: 'Base64 script; Linux: first line #!/bin/bash or #!/usr/bin/env python; Windows: <cmd> or <powershell> tags.',
      zh: 'Base64 编码的脚本；Linux：首行为 #!/bin/bash 或 #!/usr/bin/env python；Windows：使用 <cmd> 或 <powershell> 标签。',
    },
    passWordAuth: {
      en: 'Whether password login stays enabled when a key is given (SDK since 2022-08); must be yes on Windows.',
      zh: '指定密钥时是否仍允许密码登录（SDK 自 2022-08 起）；Windows 上必须为 yes。',
    },
    imageInherit: {
      en: 'Use the login settings stored in the image (SDK since 2022-08); "" means no.',
      zh: '使用镜像中保存的登录设置（SDK 自 2022-08 起）；"" 表示否。',
    },
  },
} as const;
