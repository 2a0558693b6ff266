import type { MessageTable } from '../../../errors/messages/types.ts';
import type { TencentSchemaRule } from './rules.ts';
// Static member access only: the bundler keeps the messages named here and drops the rest of the module.
import * as m from '../../../errors/messages/en.ts';

/**
 * English messages for the rules Tencent's schemas report: `resetInstance()` and `resetInstanceApi2()`
 * use it by default. Each text is the full `en` table's (`instance-preflight/messages/en`), so a form
 * and `validate()` say the same. Where this vendor's findings of a rule take one shape only, the table
 * holds that shape's variant (the reason is beside it), so it is for this vendor's schemas, not
 * another's.
 */
export const en: MessageTable<TencentSchemaRule> = {
  lang: 'en',
  forOs: m.forOs,
  rules: {
    'parameter/required': m.parameterRequired,
    // Schemas never set `encoding`: only validate() reads form requests as query strings.
    'parameter/type': m.parameterTypeJson,
    // Schemas suggest no near name: createSchema's checker is built without `suggest`.
    'parameter/unknown': m.parameterUnknownRemove,
    'parameter/enum': m.parameterEnum,
    'parameter/count': m.parameterCount,
    'parameter/length': m.parameterLength,
    'parameter/unused': m.parameterUnused,
    // Every Tencent id policy (instance, image, key pair) is a prefix plus `lower-alnum`.
    'identifier/format': m.identifierFormatLowerAlnum,
    'password/length': m.passwordLength,
    // TENCENT_PASSWORD has no disputedSpecials, so checkPassword never sets `disputed`.
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
    // TENCENT_USERDATA sets maxEncodedLength only, so inspectBase64 reports `encoded-chars`.
    'userdata/size': m.userdataSizeEncodedChars,
    'credentials/conflict': m.credentialsConflict,
    'credentials/unsupported': m.credentialsUnsupported,
    'system-disk/size': m.systemDiskSize,
    'system-disk/type': m.systemDiskType,
  },
};
