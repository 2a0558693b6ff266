import type { MessageTable } from '../../../errors/messages/types.ts';
import type { ZenlayerSchemaRule } from './rules.ts';
// Static member access only: the bundler keeps the messages named here and drops the rest of the module.
import * as m from '../../../errors/messages/zhCN.ts';

/**
 * Simplified Chinese messages for the rules Zenlayer's schema reports:
 * `resetInstance()` uses it with `messages: [en, zhCN]`. Each text is the full
 * `zhCN` table's (`instance-preflight/messages/zh-CN`), so a form and
 * `validate()` say the same. Each rule maps to the same message (the same
 * variant) as in `./en.ts`, where the reasons stand; a test holds the two
 * languages to it.
 */
export const zhCN: MessageTable<ZenlayerSchemaRule> = {
  lang: 'zh-CN',
  forOs: m.forOs,
  rules: {
    'parameter/required': m.parameterRequired,
    'parameter/type': m.parameterTypeJson,
    'parameter/unknown': m.parameterUnknownRemove,
    'identifier/format': m.identifierFormat,
    'password/length': m.passwordLength,
    'password/charset': m.passwordCharset,
    'password/classes': m.passwordClasses,
    'instance-name/length': m.instanceNameLength,
    'instance-name/charset': m.instanceNameCharset,
    'timezone/unknown': m.timezoneUnknown,
    'userdata/size': m.userdataSizeUtf8Bytes,
    'credentials/conflict': m.credentialsConflict,
    'credentials/missing': m.credentialsMissing,
    'credentials/unsupported': m.credentialsUnsupported,
  },
};
