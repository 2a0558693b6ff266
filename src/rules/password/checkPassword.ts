import { addFinding } from '../addFinding.ts';
import { NO_FINDINGS, type Finding } from '../finding.ts';
import type { PasswordPolicy } from './types.ts';

/**
 * Checks a password's length, characters (a forbidden first one included), classes and banned words against a
 * password policy. A policy's `sequences` are checked by
 * {@link checkPasswordSequences}, kept apart so a vendor without sequence bans
 * does not ship that code to the browser.
 *
 * @param policy The password policy.
 * @param value The password.
 *
 * @returns The findings, `[]` when the password is valid.
 */
export function checkPassword(policy: PasswordPolicy, value: string): readonly Finding[] {
  const { minLength: min, maxLength: max } = policy;
  const length = value.length;
  // Allocated at the first finding: a valid value gets the shared empty result.
  let findings: Finding[] | undefined;
  if (length < min || length > max) {
    findings = addFinding(findings, { rule: 'password/length', params: { min, max } });
    // Nobody means a string this long as a password: scanning it would only cost time.
    if (length > 4 * max) return findings;
  }

  // Read once, not per character: every vendor's policies reach this function, so each read is a megamorphic load.
  const specials = policy.specials;
  const disputedSpecials = policy.disputedSpecials ?? '';
  let lower = false;
  let upper = false;
  let digit = false;
  let special = false;
  let disputedUsed = false;
  let invalid = false;
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 97 && code <= 122) lower = true;
    else if (code >= 65 && code <= 90) upper = true;
    else if (code >= 48 && code <= 57) digit = true;
    // Every vendor rejects non-ASCII, even if a policy string happened to list it.
    else if (code < 128 && specials.includes(value.charAt(index))) special = true;
    else if (code < 128 && disputedSpecials.includes(value.charAt(index))) {
      special = true;
      disputedUsed = true;
    } else invalid = true;
  }

  const forbiddenFirst = policy.forbiddenFirst;
  if (invalid) {
    findings = addFinding(findings, { rule: 'password/charset', params: { allowed: policy.specials } });
  } else if (forbiddenFirst !== undefined && length > 0 && forbiddenFirst.includes(value.charAt(0))) {
    // Named by the characters, never by the password's own first one: that would be a fragment of it.
    findings = addFinding(findings, { rule: 'password/charset', params: { allowed: policy.specials, first: forbiddenFirst } });
  } else if (disputedUsed) {
    findings = addFinding(findings, {
      rule: 'password/charset',
      severity: 'warning',
      params: { allowed: policy.specials, disputed: disputedSpecials },
    });
  }

  let classCount = 0;
  // Read per class, not off a table of them built per call: the valid path allocates its result only.
  for (const charClass of policy.classes) {
    if (charClass === 'letter' ? lower || upper : charClass === 'lower' ? lower : charClass === 'upper' ? upper : charClass === 'digit' ? digit : special) classCount++;
  }
  if (classCount < policy.minClasses) {
    findings = addFinding(findings, { rule: 'password/classes', params: { min: policy.minClasses, classes: [...policy.classes] } });
  }

  const bannedWords = policy.bannedWords;
  if (bannedWords !== undefined && bannedWords.some((word) => word !== '' && value.includes(word))) {
    findings = addFinding(findings, { rule: 'password/banned-word', params: { words: [...bannedWords] } });
  }
  return findings ?? NO_FINDINGS;
}

