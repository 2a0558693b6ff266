import type { MessageTable } from '../../../errors/messages/types.ts';
import type { ZenlayerSchemaRule } from './rules.ts';
// Static member access only: the bundler keeps the messages named here and drops the rest of the module.
import * as m from '../../../errors/messages/zhCN.ts';

/**
 * Simplified Chinese messages for the rules Zenlayer's schema reports: `resetInstance()` uses it with
 * `messages: [en, zhCN]`. Each text is the full `zhCN` table's (`instance-preflight/messages/zh-CN`), so
 * a form and `validate()` say the same. Where this vendor's findings of a rule take one shape only, the
 * table holds that shape's variant (the reason is beside it), so it is for this vendor's schemas, not
 * another's.
 */
export const zhCN: MessageTable<ZenlayerSchemaRule> = {
  lang: 'zh-CN',
  forOs: m.forOs,
  rules: {
    'parameter/required': m.parameterRequired,
    // Schemas never set `encoding`: only validate() reads form requests as query strings.
    'parameter/type': m.parameterTypeJson,
    // Schemas suggest no near name: createSchema's checker is built without `suggest`.
    'parameter/unknown': m.parameterUnknownRemove,
    // Both shapes: instance and image ids are opaque (checkOpaqueId), key ids `key-` plus `alnum`.
    'identifier/format': m.identifierFormat,
    'password/length': m.passwordLength,
    // Both shapes: ZENLAYER_PASSWORD's disputedSpecials warn, any other character fails.
    'password/charset': m.passwordCharset,
    'password/classes': m.passwordClasses,
    'instance-name/length': m.instanceNameLength,
    'instance-name/charset': m.instanceNameCharset,
    'timezone/unknown': m.timezoneUnknown,
    // userData is opaque text: resetInstance.ts measures it in `utf8-bytes` only.
    'userdata/size': m.userdataSizeUtf8Bytes,
    'credentials/conflict': m.credentialsConflict,
    'credentials/missing': m.credentialsMissing,
    'credentials/unsupported': m.credentialsUnsupported,
  },
};
