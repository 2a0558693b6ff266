import * as z from 'zod';
import {
  TENCENT_DISK_TYPES,
  TENCENT_HOSTNAME,
  TENCENT_KEEP_IMAGE_LOGIN,
  TENCENT_KEY_IDS,
  TENCENT_PASSWORD,
  TENCENT_USERDATA,
} from '../../src/schemas/tencent/policies.ts';

const PASSWORD = TENCENT_PASSWORD.linux;
const HOSTNAME = TENCENT_HOSTNAME.linux;
const escaped = PASSWORD.specials.replace(/[\\\]^-]/g, '\\$&');
const PASSWORD_CHARS = new RegExp(`^[A-Za-z0-9${escaped}]*$`);
const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, new RegExp(`[${escaped}]`)];

const flag = z.strictObject({ Enabled: z.boolean().optional() });

/** Strict base64, padded or not: a flat class regex plus length arithmetic (the grouped textbook regex overflows V8's stack). */
function isStrictBase64(value: string): boolean {
  const remainder = value.length % 4;
  return value.endsWith('=') ? remainder === 0 : remainder !== 1;
}

/**
 * The Tencent API 3.0 `ResetInstance` rules for a Linux image in idiomatic zod 4: strict objects,
 * `.min/.max/.regex` chains, `.refine` for password classes and base64 padding, `.superRefine`
 * for the credentials conflict. Collects every issue (zod has no other mode). Warnings
 * (unpadded base64, extra key ids, DiskType) are not expressible, so they are not reported.
 */
export const zodTencent = z.strictObject({
  Action: z.literal('ResetInstance').optional(),
  Version: z.literal('2017-03-12').optional(),
  Region: z.string().optional(),
  InstanceId: z.string().regex(/^ins-[a-z0-9]{8}$/),
  ImageId: z.string().startsWith('img-').optional(),
  SystemDisk: z
    .strictObject({
      DiskSize: z.number().int().positive().optional(),
      DiskType: z.enum(TENCENT_DISK_TYPES).optional(),
      DiskId: z.string().optional(),
      CdcId: z.string().optional(),
      DiskName: z.string().optional(),
      Encrypt: z.boolean().optional(),
      KmsKeyId: z.string().optional(),
    })
    .optional(),
  LoginSettings: z
    .strictObject({
      Password: z
        .string()
        .min(PASSWORD.minLength)
        .max(PASSWORD.maxLength)
        .regex(PASSWORD_CHARS)
        .refine((value) => CLASSES.filter((pattern) => pattern.test(value)).length >= PASSWORD.minClasses)
        .optional(),
      KeyIds: z.array(z.string().regex(/^skey-[a-z0-9]{8}$/)).max(TENCENT_KEY_IDS.max).optional(),
      KeepImageLogin: z.enum(TENCENT_KEEP_IMAGE_LOGIN).optional(),
    })
    .superRefine((login, context) => {
      const given = [
        login.Password !== undefined,
        login.KeyIds !== undefined && login.KeyIds.length > 0,
        login.KeepImageLogin === 'TRUE' || login.KeepImageLogin === 'true',
      ].filter(Boolean).length;
      if (given > 1) context.addIssue({ code: 'custom', message: 'At most one login method.' });
    })
    .optional(),
  EnhancedService: z
    .strictObject({ SecurityService: flag.optional(), MonitorService: flag.optional(), AutomationService: flag.optional() })
    .optional(),
  HostName: z
    .string()
    .min(HOSTNAME.minLength)
    .max(HOSTNAME.maxLength)
    .regex(/^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/)
    .optional(),
  UserData: z
    .string()
    .max(TENCENT_USERDATA.maxEncodedLength ?? 16384)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/)
    .refine(isStrictBase64)
    .optional(),
});
