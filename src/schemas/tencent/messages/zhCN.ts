import type { MessageTable } from '../../../errors/messages/types.ts';
import type { TencentSchemaRule } from './rules.ts';
// Static member access only: the bundler keeps the messages named here and drops the rest of the module.
import * as m from '../../../errors/messages/zhCN.ts';

/**
 * Simplified Chinese messages for the rules Tencent's schemas report:
 * `resetInstance()` and `resetInstanceApi2()` use it with
 * `messages: [en, zhCN]`. Each text is the full `zhCN` table's
 * (`instance-preflight/messages/zh-CN`), so a form and `validate()` say the
 * same. Each rule maps to the same message (the same variant) as in `./en.ts`,
 * where the reasons stand; a test holds the two languages to it.
 */
export const zhCN: MessageTable<TencentSchemaRule> = {
  lang: 'zh-CN',
  forOs: m.forOs,
  rules: {
    'parameter/required': m.parameterRequired,
    'parameter/type': m.parameterTypeJson,
    'parameter/unknown': m.parameterUnknownRemove,
    'parameter/enum': m.parameterEnum,
    'parameter/count': m.parameterCount,
    'parameter/length': m.parameterLength,
    'parameter/unused': m.parameterUnused,
    'identifier/format': m.identifierFormatLowerAlnum,
    'password/length': m.passwordLength,
    'password/charset': m.passwordCharsetInvalid,
    'password/classes': m.passwordClasses,
    'hostname/length': m.hostnameLength,
    'hostname/charset': m.hostnameCharset,
    'hostname/edge': m.hostnameEdge,
    'hostname/consecutive': m.hostnameConsecutive,
    'hostname/all-digits': m.hostnameAllDigits,
    'hostname/dot': m.hostnameDot,
    'hostname/label-length': m.hostnameLabelLength,
    'userdata/base64': m.userdataBase64,
    'userdata/padding': m.userdataPadding,
    'userdata/size': m.userdataSizeEncodedChars,
    'credentials/conflict': m.credentialsConflict,
    'credentials/unsupported': m.credentialsUnsupported,
    'system-disk/size': m.systemDiskSize,
    'system-disk/type': m.systemDiskType,
  },
};
