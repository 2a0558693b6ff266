import type { Finding } from '../finding.ts';
import type { InstanceNamePolicy } from './types.ts';

/**
 * Checks an instance name against an instance name policy.
 *
 * @param policy The instance name policy.
 * @param value The instance name.
 *
 * @returns The findings, `[]` when the name is valid.
 */
export function checkInstanceName(policy: InstanceNamePolicy, value: string): Finding[] {
  const { minLength: min, maxLength: max, extraChars } = policy;
  const length = value.length;
  const findings: Finding[] = [];
  if (length < min || length > max) {
    findings.push({ rule: 'instance-name/length', params: { min, max } });
    // Nobody means a string this long as a name: scanning it would only cost time.
    if (length > 4 * max) return findings;
  }
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index);
    const alphanumeric = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    // Only ASCII extras count, so a policy string cannot let a lone surrogate half through.
    if (!alphanumeric && (code >= 128 || !extraChars.includes(value.charAt(index)))) {
      findings.push({ rule: 'instance-name/charset', params: { extra: extraChars } });
      break;
    }
  }
  return findings;
}
