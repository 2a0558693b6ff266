import type { Vendor } from '../../src/index.ts';

/** Translated hint interface: the about object's English description it translates, and its Simplified Chinese. */
export interface TranslatedHint {
  /** The English description translated (to tell a stale translation). */
  readonly en: string;
  /** The Simplified Chinese text. */
  readonly zh: string;
}

/**
 * Simplified Chinese for every parameter description of the about objects,
 * by vendor and about key (the API versions of a vendor share their keys and texts).
 */
export const HINTS_ZH_CN: Readonly<Record<Vendor, Readonly<Record<string, TranslatedHint>>>> = {
  jdcloud: {
    regionId: { en: 'Path parameter: the region id, e.g. cn-north-1.', zh: '路径参数：地域 ID，例如 cn-north-1。' },
    instanceId: { en: 'Path parameter: the instance id (i-xxxxxxxxxx).', zh: '路径参数：实例 ID（i-xxxxxxxxxx）。' },
    password: {
      en: 'Instance password for SSH and VNC login: 8-30 characters, 3 of 4 classes, no banned words or runs.',
      zh: '实例密码，用于 SSH 和 VNC 登录：8-30 个字符，包含 4 类字符中的 3 类，不得含禁用词或连续字符。',
    },
    imageId: { en: 'Image id (img-xxxxxxxxxx), from DescribeImages.', zh: '镜像 ID（img-xxxxxxxxxx），可通过 DescribeImages 查询。' },
    keyNames: {
      en: 'Key pair names; one at most, effective on Linux only. An unknown name answers 404 NOT_FOUND.',
      zh: '密钥对名称；最多一个，仅对 Linux 生效。名称不存在时返回 404 NOT_FOUND。',
    },
    'keyNames[]': { en: 'Key pair name: letters, digits, "_" and "-", at most 32.', zh: '密钥对名称：字母、数字、“_”和“-”，最多 32 个字符。' },
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
  zenlayer: {
    instanceId: { en: 'Instance id, from DescribeInstances (format undocumented).', zh: '实例 ID，可通过 DescribeInstances 查询（格式未公开）。' },
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
  tencent: {
    Action: { en: 'Common parameter: ResetInstance.', zh: '公共参数：ResetInstance。' },
    Version: { en: 'Common parameter: 2017-03-12.', zh: '公共参数：2017-03-12。' },
    Region: { en: 'Common parameter: the region, e.g. ap-guangzhou.', zh: '公共参数：地域，例如 ap-guangzhou。' },
    InstanceId: { en: 'Instance id (ins-xxxxxxxx), from DescribeInstances.', zh: '实例 ID（ins-xxxxxxxx），可通过 DescribeInstances 查询。' },
    ImageId: {
      en: 'Image id (img-xxxxxxxx): public, custom, shared or marketplace image.',
      zh: '镜像 ID（img-xxxxxxxx）：公共镜像、自定义镜像、共享镜像或服务市场镜像。',
    },
    SystemDisk: {
      en: 'System disk; a reset may only grow DiskSize of a cloud system disk.',
      zh: '系统盘；重装时只能扩大云硬盘系统盘的 DiskSize。',
    },
    'SystemDisk.DiskSize': { en: 'System disk size in GiB; expand only.', zh: '系统盘大小，单位 GiB；只能扩容。' },
    'SystemDisk.DiskType': { en: 'System disk type; a reset cannot change it.', zh: '系统盘类型；重装时不能更改。' },
    'SystemDisk.DiskId': {
      en: 'System disk id: a response field of the shared structure, not taken by write requests.',
      zh: '系统盘 ID：共用数据结构中的返回字段，写请求不接受。',
    },
    'SystemDisk.CdcId': { en: 'Dedicated cluster id.', zh: '专用集群 ID。' },
    'SystemDisk.DiskName': { en: 'Disk name, at most 128 characters.', zh: '磁盘名称，最多 128 个字符。' },
    'SystemDisk.Encrypt': {
      en: 'Encryption: RunInstances only; a reset cannot change it.',
      zh: '加密：仅用于 RunInstances；重装时不能更改。',
    },
    'SystemDisk.KmsKeyId': { en: 'KMS key id: RunInstances only.', zh: 'KMS 密钥 ID：仅用于 RunInstances。' },
    LoginSettings: {
      en: 'Login settings: at most one of Password, KeyIds and KeepImageLogin.',
      zh: '登录设置：Password、KeyIds 和 KeepImageLogin 至多指定一个。',
    },
    'LoginSettings.Password': {
      en: 'Login password. Linux 8-30 characters with 2 of 4 classes; Windows 12-30 with 3 of 4.',
      zh: '登录密码。Linux 为 8-30 个字符，包含 4 类字符中的 2 类；Windows 为 12-30 个字符，包含 4 类中的 3 类。',
    },
    'LoginSettings.KeyIds': {
      en: 'Key pair ids (skey-xxxxxxxx). Key login is not available on Windows.',
      zh: '密钥对 ID（skey-xxxxxxxx）。Windows 不支持密钥登录。',
    },
    'LoginSettings.KeyIds[]': { en: 'Key pair id.', zh: '密钥对 ID。' },
    'LoginSettings.KeepImageLogin': {
      en: 'Keep the image’s login settings (custom, shared or imported images only).',
      zh: '保留镜像的登录设置（仅限自定义、共享或导入的镜像）。',
    },
    EnhancedService: {
      en: 'Enhanced services (Cloud Security, Cloud Monitor, TAT).',
      zh: '增强服务（云安全、云监控、自动化助手 TAT）。',
    },
    'EnhancedService.SecurityService': { en: 'Cloud Security agent.', zh: '云安全代理。' },
    'EnhancedService.SecurityService.Enabled': { en: 'Enable Cloud Security.', zh: '启用云安全。' },
    'EnhancedService.MonitorService': { en: 'Cloud Monitor agent.', zh: '云监控代理。' },
    'EnhancedService.MonitorService.Enabled': { en: 'Enable Cloud Monitor.', zh: '启用云监控。' },
    'EnhancedService.AutomationService': { en: 'TencentCloud Automation Tools (TAT) agent.', zh: '腾讯云自动化助手（TAT）代理。' },
    'EnhancedService.AutomationService.Enabled': { en: 'Enable TAT.', zh: '启用自动化助手 TAT。' },
    HostName: {
      en: 'Host name. Windows 2-15 characters, no dots, not all digits; other OS 2-60, dotted labels.',
      zh: '主机名。Windows 为 2-15 个字符，不含点号，不能全为数字；其他系统为 2-60 个字符，可用点号分段。',
    },
    UserData: {
      en: 'Base64-encoded user data, at most 16384 characters after encoding.',
      zh: 'Base64 编码的自定义数据，编码后最多 16384 个字符。',
    },
  },
};

/**
 * Returns a parameter's hint in a language: the about object's own English,
 * or its Simplified Chinese while the translation still matches that English
 * (a stale or missing translation shows the English, which is current).
 *
 * @param vendor The API's vendor.
 * @param key The about key.
 * @param english The about object's description.
 * @param lang The language.
 *
 * @returns The hint.
 */
export function hintFor(vendor: Vendor, key: string, english: string, lang: 'en' | 'zh-CN'): string {
  if (lang === 'en') return english;
  const hint = HINTS_ZH_CN[vendor][key];
  return hint && hint.en === english ? hint.zh : english;
}
