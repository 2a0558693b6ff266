import type { MessageTable } from '../../../errors/messages/types.ts';
import type { JdcloudSchemaRule } from './rules.ts';
// Static member access only: the bundler keeps the messages named here and drops the rest of the module.
import * as m from '../../../errors/messages/en.ts';

/**
 * English messages for the rules JD Cloud's schemas report: `rebuildInstance()` and
 * `rebuildInstance103()` use it by default. Each text is the full `en` table's
 * (`instance-preflight/messages/en`), so a form and `validate()` say the same. Where this vendor's
 * findings of a rule take one shape only, the table holds that shape's variant (the reason is beside
 * it), so it is for this vendor's schemas, not another's.
 */
export const en: MessageTable<JdcloudSchemaRule> = {
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
    // Every JD id policy (region, instance, image, key name) documents an alphabet: no id is opaque.
    'identifier/format': m.identifierFormatShaped,
    'password/length': m.passwordLength,
    // JD_PASSWORD has no disputedSpecials, so checkPassword never sets `disputed`.
    'password/charset': m.passwordCharsetInvalid,
    'password/classes': m.passwordClasses,
    'password/banned-word': m.passwordBannedWord,
    'password/sequence': m.passwordSequence,
    'hostname/length': m.hostnameLength,
    'hostname/charset': m.hostnameCharset,
    'hostname/edge': m.hostnameEdge,
    'hostname/consecutive': m.hostnameConsecutive,
    'hostname/all-digits': m.hostnameAllDigits,
    'hostname/dot': m.hostnameDot,
    'hostname/label-length': m.hostnameLabelLength,
    'metadata/count': m.metadataCount,
    'metadata/key-length': m.metadataKeyLength,
    'metadata/value-size': m.metadataValueSize,
    'metadata/empty-key': m.metadataEmptyKey,
    'metadata/duplicate-key': m.metadataDuplicateKey,
    'metadata/ignored-key': m.metadataIgnoredKey,
    'userdata/base64': m.userdataBase64,
    'userdata/padding': m.userdataPadding,
    // JD_USERDATA sets maxDecodedBytes only, so inspectBase64 reports `decoded-bytes`.
    'userdata/size': m.userdataSizeDecodedBytes,
    'userdata/framing': m.userdataFraming,
    'credentials/unsupported': m.credentialsUnsupported,
    'credentials/ignored': m.credentialsIgnored,
  },
};
