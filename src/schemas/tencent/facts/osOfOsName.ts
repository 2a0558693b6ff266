import type { Os } from '../../../rules/finding.ts';
import { TENCENT_PLATFORM_OS } from './policies.ts';

const BY_LENGTH = Object.keys(TENCENT_PLATFORM_OS).sort((a, b) => b.length - a.length);

/**
 * Reads the OS from a Tencent `OsName` (e.g. `CentOS 7.6 64位`, `Windows
 * Server 2019 数据中心版 64位中文版`): the longest `Platform` name it starts
 * with, as a whole word. `Instance` has no `Platform` field, only this name.
 *
 * @param osName The `OsName` as the response gives it.
 *
 * @returns The OS, or `undefined` when the name starts with no known platform.
 */
export function osOfOsName(osName: unknown): Os | undefined {
  if (typeof osName !== 'string') return undefined;
  const name = osName.trim().toLowerCase();
  const platform = BY_LENGTH.find((key) => name.startsWith(key) && (name.length === key.length || name[key.length] === ' '));
  return platform === undefined ? undefined : TENCENT_PLATFORM_OS[platform];
}
