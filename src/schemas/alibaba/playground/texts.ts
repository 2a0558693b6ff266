/**
 * Alibaba Cloud's texts in the playground (docs/playground/): the vendor's name per language, and the Simplified
 * Chinese of every parameter description of its about object, keyed by about key, each beside the English
 * it translates (a changed English text shows in English until translated again).
 */
export const PLAYGROUND_TEXTS = {
  name: { en: 'Alibaba Cloud', 'zh-CN': '阿里云' },
  hintsZhCN: {
    Action: {
      en: 'Common parameter: ReplaceSystemDisk (signature v1 only; v3 sends it as the x-acs-action header).',
      zh: '公共参数：ReplaceSystemDisk（仅签名 v1；v3 以请求头 x-acs-action 发送）。',
    },
    Version: {
      en: 'Common parameter: 2014-05-26 (signature v1 only; v3 sends it as the x-acs-version header).',
      zh: '公共参数：2014-05-26（仅签名 v1；v3 以请求头 x-acs-version 发送）。',
    },
    InstanceId: { en: 'The instance id (i-...), from DescribeInstances.', zh: '实例 ID（i-...），可通过 DescribeInstances 查询。' },
    ImageId: {
      en: 'The image to install (a public image name or a custom image id m-...). Required.',
      zh: '要安装的镜像（公共镜像名称或自定义镜像 ID m-...）。必填。',
    },
    DiskId: { en: 'Deprecated: use ImageId. Never together with ImageId.', zh: '已弃用：请使用 ImageId。不能与 ImageId 同时指定。' },
    SystemDisk: { en: 'The new system disk.', zh: '新的系统盘。' },
    'SystemDisk.Size': {
      en: 'The new system disk size in GiB: 1-2048 by disk category (basic disk 20-500), at least the image size and the current system disk.',
      zh: '新系统盘容量，单位 GiB：按云盘类型为 1-2048（普通云盘 20-500），且不低于镜像大小和原系统盘容量。',
    },
    Password: {
      en: 'The new password: 8-30 characters from at least 3 of uppercase, lowercase, digits and specials; on Windows it cannot start with "/". Send it over HTTPS.',
      zh: '新密码：8-30 个字符，至少包含大写字母、小写字母、数字和特殊字符中的三类；Windows 实例不能以“/”开头。请通过 HTTPS 发送。',
    },
    PasswordInherit: { en: 'Use the password preset in the image; Password must then be empty.', zh: '使用镜像预置的密码；此时 Password 须为空。' },
    KeyPairName: { en: 'The key pair to bind (Linux only; password logon is then disabled).', zh: '要绑定的密钥对（仅 Linux；绑定后禁用密码登录）。' },
    ClientToken: { en: 'Idempotence token: ASCII only, at most 64 characters.', zh: '幂等令牌：只能使用 ASCII 字符，最多 64 个字符。' },
    SecurityEnhancementStrategy: {
      en: 'Active (Security Center, public images only) or Deactive.',
      zh: 'Active（云安全中心，仅公共镜像）或 Deactive。',
    },
    UseAdditionalService: {
      en: 'Configure Alibaba Cloud NTP and KMS (Windows) or NTP and YUM (Linux) on the new disk.',
      zh: '在新系统盘上配置阿里云 NTP 和 KMS（Windows）或 NTP 和 YUM（Linux）。',
    },
    Encrypted: { en: 'Encrypt the new system disk.', zh: '加密新系统盘。' },
    KMSKeyId: { en: 'The KMS key that encrypts the new system disk.', zh: '加密新系统盘的 KMS 密钥。' },
    EncryptAlgorithm: { en: 'Not available for use.', zh: '暂不可用。' },
    Arn: { en: 'Not available for use.', zh: '暂不可用。' },
    'Arn[]': { en: 'A role (not available for use).', zh: '一个角色（暂不可用）。' },
    'Arn[].RoleType': { en: 'Role type (not available for use).', zh: '角色类型（暂不可用）。' },
    'Arn[].Rolearn': { en: 'Role ARN (not available for use).', zh: '角色 ARN（暂不可用）。' },
    'Arn[].AssumeRoleFor': { en: 'Account the role is assumed for (not available for use).', zh: '扮演角色的账号（暂不可用）。' },
    Platform: { en: 'Deprecated: the OS of a DiskId install (CentOS, Ubuntu).', zh: '已弃用：使用 DiskId 安装时的操作系统（CentOS、Ubuntu）。' },
    Architecture: { en: 'Deprecated: the architecture of a DiskId install (i386, x86_64).', zh: '已弃用：使用 DiskId 安装时的系统架构（i386、x86_64）。' },
    OwnerId: { en: 'Account parameter of the SDK model, undocumented.', zh: 'SDK 模型中的账号参数，未见文档说明。' },
    ResourceOwnerId: { en: 'Account parameter of the SDK model, undocumented.', zh: 'SDK 模型中的账号参数，未见文档说明。' },
    OwnerAccount: { en: 'Account parameter of the SDK model, undocumented.', zh: 'SDK 模型中的账号参数，未见文档说明。' },
    ResourceOwnerAccount: { en: 'Account parameter of the SDK model, undocumented.', zh: 'SDK 模型中的账号参数，未见文档说明。' },
  },
} as const;
