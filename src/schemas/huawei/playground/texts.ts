/**
 * Huawei Cloud's texts in the playground (docs/playground/): the vendor's name per language, and the Simplified
 * Chinese of every parameter description of its about objects, keyed by about key, each beside the English
 * it translates (a changed English text shows in English until translated again).
 */
export const PLAYGROUND_TEXTS = {
  name: { en: 'Huawei Cloud', 'zh-CN': '华为云' },
  hintsZhCN: {
    project_id: {
      en: 'Path parameter: the project id (32 hexadecimal digits in every example); sent unencoded in the URL.',
      zh: '路径参数：项目 ID（示例中均为 32 位十六进制数字）；不经编码直接写入 URL。',
    },
    server_id: {
      en: 'Path parameter: the ECS id (a UUID in every example); sent unencoded in the URL.',
      zh: '路径参数：云服务器 ID（示例中均为 UUID）；不经编码直接写入 URL。',
    },
    'os-reinstall': {
      en: 'The reinstall body: the login settings (the image stays).',
      zh: '重装操作系统的请求体：登录设置（镜像不变）。',
    },
    'os-reinstall.adminpass': {
      en: 'Administrator password (root on Linux, Administrator on Windows): 8-26 characters, 3 of upper, lower, digit, special; not the user name, its reverse or (Windows) 3 consecutive characters of it. Not with keyname.',
      zh: '管理员密码（Linux 为 root，Windows 为 Administrator）：8-26 个字符，至少包含大写字母、小写字母、数字、特殊字符中的 3 种；不能包含用户名、用户名的逆序，Windows 不能包含用户名中 3 个连续字符。不能与 keyname 同时指定。',
    },
    'os-reinstall.keyname': {
      en: 'Key pair name (an existing key pair); not with adminpass. With neither, v2 needs metadata.user_data and v1 refuses the call.',
      zh: '密钥对名称（已有的密钥对）；不能与 adminpass 同时指定。两者均未指定时，v2 须提供 metadata.user_data，v1 拒绝该请求。',
    },
    'os-reinstall.userid': {
      en: 'IAM user id (My Credentials), used with keyname; the texts differ on whether it is then required or the token’s user.',
      zh: 'IAM 用户 ID（我的凭证），与 keyname 一起使用；各文档对其此时是否必选、或默认使用 token 中的用户说法不一。',
    },
    'os-reinstall.metadata': {
      en: 'User data (with Cloud-Init only), system disk encryption and licence settings.',
      zh: '用户数据（仅限安装了 Cloud-Init 的镜像）、系统盘加密和许可证设置。',
    },
    'os-reinstall.metadata.__system__encrypted': {
      en: '"1" encrypts the system disk, "0" does not; set with __system__cmkid.',
      zh: '“1”表示加密系统盘，“0”表示不加密；与 __system__cmkid 一起设置。',
    },
    'os-reinstall.metadata.__system__cmkid': {
      en: 'The KMS key id that encrypts the system disk: always 36 characters.',
      zh: '加密系统盘所用的 KMS 密钥 ID：长度固定为 36 个字符。',
    },
    'os-reinstall.metadata.BYOL': {
      en: '"true" uses the image’s own licence (bring your own licence).',
      zh: '“true”表示使用镜像自带的许可证（自带许可证）。',
    },
    'os-reinstall.mode': {
      en: 'withStopServer: stop a running ECS first, then reinstall or change the OS.',
      zh: 'withStopServer：先关闭运行中的云服务器，再重装或切换操作系统。',
    },
    'os-reinstall.metadata.user_data': {
      en: 'User data for Cloud-Init / Cloudbase-Init, Base64, at most 32 KB before encoding (text, a text file or gzip); on Linux its first line is a Cloud-Init marker (#!, #cloud-config). Required when adminpass and keyname are both empty.',
      zh: '供 Cloud-Init / Cloudbase-Init 使用的用户数据，Base64 编码，编码前最大 32 KB（文本、文本文件或 gzip 文件）；Linux 上其首行为 Cloud-Init 标记（#!、#cloud-config）。adminpass 和 keyname 均为空时必填。',
    },
    'os-change': {
      en: 'The change-OS body: the new image and the login settings.',
      zh: '切换操作系统的请求体：新镜像和登录设置。',
    },
    'os-change.adminpass': {
      en: 'Administrator password (root on Linux, Administrator on Windows): 8-26 characters, 3 of upper, lower, digit, special; not the user name, its reverse or (Windows) 3 consecutive characters of it. Not with keyname.',
      zh: '管理员密码（Linux 为 root，Windows 为 Administrator）：8-26 个字符，至少包含大写字母、小写字母、数字、特殊字符中的 3 种；不能包含用户名、用户名的逆序，Windows 不能包含用户名中 3 个连续字符。不能与 keyname 同时指定。',
    },
    'os-change.keyname': {
      en: 'Key pair name (an existing key pair); not with adminpass. With neither, v2 needs metadata.user_data and v1 refuses the call.',
      zh: '密钥对名称（已有的密钥对）；不能与 adminpass 同时指定。两者均未指定时，v2 须提供 metadata.user_data，v1 拒绝该请求。',
    },
    'os-change.userid': {
      en: 'IAM user id (My Credentials), used with keyname; the texts differ on whether it is then required or the token’s user.',
      zh: 'IAM 用户 ID（我的凭证），与 keyname 一起使用；各文档对其此时是否必选、或默认使用 token 中的用户说法不一。',
    },
    'os-change.metadata': {
      en: 'User data (with Cloud-Init only), system disk encryption and licence settings.',
      zh: '用户数据（仅限安装了 Cloud-Init 的镜像）、系统盘加密和许可证设置。',
    },
    'os-change.metadata.__system__encrypted': {
      en: '"1" encrypts the system disk, "0" does not; set with __system__cmkid.',
      zh: '“1”表示加密系统盘，“0”表示不加密；与 __system__cmkid 一起设置。',
    },
    'os-change.metadata.__system__cmkid': {
      en: 'The KMS key id that encrypts the system disk: always 36 characters.',
      zh: '加密系统盘所用的 KMS 密钥 ID：长度固定为 36 个字符。',
    },
    'os-change.metadata.BYOL': {
      en: '"true" uses the image’s own licence (bring your own licence).',
      zh: '“true”表示使用镜像自带的许可证（自带许可证）。',
    },
    'os-change.mode': {
      en: 'withStopServer: stop a running ECS first, then reinstall or change the OS.',
      zh: 'withStopServer：先关闭运行中的云服务器，再重装或切换操作系统。',
    },
    'os-change.metadata.user_data': {
      en: 'User data for Cloud-Init / Cloudbase-Init, Base64, at most 32 KB before encoding (text, a text file or gzip); on Linux its first line is a Cloud-Init marker (#!, #cloud-config). Required when adminpass and keyname are both empty.',
      zh: '供 Cloud-Init / Cloudbase-Init 使用的用户数据，Base64 编码，编码前最大 32 KB（文本、文本文件或 gzip 文件）；Linux 上其首行为 Cloud-Init 标记（#!、#cloud-config）。adminpass 和 keyname 均为空时必填。',
    },
    'os-change.imageid': {
      en: 'The new image’s id, in UUID format.',
      zh: '新镜像的 ID，UUID 格式。',
    },
    'os-change.isAutoPay': {
      en: 'Whether to pay the order from the account automatically (yearly/monthly ECS); the values are not documented.',
      zh: '是否从账户自动支付订单（包年/包月云服务器）；取值未见文档说明。',
    },
  },
} as const;
