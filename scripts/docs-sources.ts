import type { Vendor } from '../src/schemas/spec/api.ts';

/**
 * Where VENDOR-RULES.md documents each rule family per vendor (the dossier cites the seed and SDK lines
 * behind every fact). A family missing for a vendor has no section there.
 */
export const FAMILY_SECTIONS: Readonly<Record<string, Readonly<Partial<Record<Vendor, string>>>>> = {
  parameter: { jdcloud: '§1.1, §1.2, §1.11', zenlayer: '§2.1, §2.2', tencent: '§3.1, §3.2, §4' },
  identifier: { jdcloud: '§1.2, §1.4', zenlayer: '§2.2', tencent: '§3.2, §3.3' },
  password: { jdcloud: '§1.3, §5.1', zenlayer: '§2.3, §5.1', tencent: '§3.3, §5.1' },
  hostname: { jdcloud: '§1.5', tencent: '§3.4' },
  'instance-name': { zenlayer: '§2.5' },
  metadata: { jdcloud: '§1.6' },
  userdata: { jdcloud: '§1.7', zenlayer: '§2.6', tencent: '§3.6' },
  credentials: { jdcloud: '§1.4, §1.8, §1.9', zenlayer: '§2.4', tencent: '§3.3' },
  'system-disk': { tencent: '§3.2, §3.7' },
  timezone: { zenlayer: '§2.5' },
  preflight: { jdcloud: '§1.9', zenlayer: '§2.7', tencent: '§3.7' },
};
