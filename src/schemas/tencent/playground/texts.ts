/**
 * Tencent Cloud's texts in the playground (docs/playground/): the vendor's name per language, and the Simplified
 * Chinese of every parameter description of its about objects, keyed by about key, each beside the English
 * it translates (a changed English text shows in English until translated again).
 */
export const PLAYGROUND_TEXTS = {
  name: { en: 'Tencent Cloud', 'zh-CN': '腾讯云' },
  hintsZhCN: {
    Action: { en: 'Common parameter: ResetInstance.', zh: '公共参数：ResetInstance。' },
    Version: { en: 'Common parameter: 2017-03-12.', zh: '公共参数：2017-03-12。' },
    Region: { en: 'Common parameter: the region, e.g. ap-guangzhou.', zh: '公共参数：地域，例如 ap-guangzhou。' },
    InstanceId: {
      en: 'Instance id (ins-xxxxxxxx), from DescribeInstances.',
      zh: '实例 ID（ins-xxxxxxxx），可通过 DescribeInstances 查询。',
    },
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
    EnhancedService: { en: 'Enhanced services (Cloud Security, Cloud Monitor, TAT).', zh: '增强服务（云安全、云监控、自动化助手 TAT）。' },
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
} as const;
