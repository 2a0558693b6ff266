import type { MessageTable } from '../../../errors/messages/types.ts';
import type { ZenlayerSchemaRule } from './rules.ts';
// Static member access only: the bundler keeps the messages named here and drops the rest of the module.
import * as m from '../../../errors/messages/en.ts';

/**
 * English messages for the rules Zenlayer's schema reports: `resetInstance()` uses it by default. Each
 * text is the full `en` table's (`instance-preflight/messages/en`), so a form and `validate()` say the
 * same.
 */
export const en: MessageTable<ZenlayerSchemaRule> = {
  lang: 'en',
  forOs: m.forOs,
  rules: {
    'parameter/required': m.parameterRequired,
    'parameter/type': m.parameterType,
    'parameter/unknown': m.parameterUnknown,
    'identifier/format': m.identifierFormat,
    'password/length': m.passwordLength,
    'password/charset': m.passwordCharset,
    'password/classes': m.passwordClasses,
    'instance-name/length': m.instanceNameLength,
    'instance-name/charset': m.instanceNameCharset,
    'timezone/unknown': m.timezoneUnknown,
    'userdata/size': m.userdataSize,
    'credentials/conflict': m.credentialsConflict,
    'credentials/missing': m.credentialsMissing,
    'credentials/unsupported': m.credentialsUnsupported,
  },
};
