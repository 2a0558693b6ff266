import { addFinding } from '../addFinding.ts';
import { NO_FINDINGS, type Finding, type FindingParam, type Severity } from '../finding.ts';
import type { IdentifierAlphabet, IdentifierPolicy } from './types.ts';

/** The part of an identifier a finding is about. */
type IdentifierPart = 'prefix' | 'alphabet' | 'length';

/**
 * Checks an identifier against an identifier policy. A wrong prefix is reported alone: the rest of a value
 * that is not this kind of id says nothing useful.
 *
 * @param policy The identifier policy.
 * @param value The identifier.
 *
 * @returns The findings (all `identifier/format`, at most one per part), `[]` when the identifier is valid.
 */
export function checkIdentifier(policy: IdentifierPolicy, value: string): readonly Finding[] {
  // Only what a valid value needs is read (prefix, length, alphabet): every vendor's policies reach this function, so
  // each read is a megamorphic load (about a quarter of its time when all were read), and severities matter only for a finding.
  const prefix = policy.prefix ?? '';
  const length = policy.length;
  const start = prefix.length;
  const size = value.length;
  const longest = length ?? policy.maxLength;
  // Nobody means a string this long as an id: scanning it would only cost time.
  if (longest !== undefined && size > 4 * (start + longest) + 16) {
    return [identifierFinding(policy, 'length', lengthSeverityOf(policy))];
  }
  if (!value.startsWith(prefix)) return [identifierFinding(policy, 'prefix', policy.prefixSeverity ?? 'error')];

  const alphabet = policy.alphabet;
  // Allocated at the first finding: a valid value gets the shared empty result.
  let findings: Finding[] | undefined;
  for (let index = start; index < size; index++) {
    if (!inAlphabet(alphabet, value.charCodeAt(index))) {
      findings = addFinding(findings, identifierFinding(policy, 'alphabet', policy.shapeSeverity ?? 'error'));
      break;
    }
  }
  const partLength = size - start;
  const wrongLength =
    length !== undefined ? partLength !== length : partLength < (policy.minLength ?? 1) || partLength > (policy.maxLength ?? Infinity);
  if (wrongLength) findings = addFinding(findings, identifierFinding(policy, 'length', lengthSeverityOf(policy)));
  return findings ?? NO_FINDINGS;
}

/**
 * Reads a length finding's severity: its own, else the shape's, else an error.
 *
 * @param policy The identifier policy.
 *
 * @returns The severity.
 */
function lengthSeverityOf(policy: IdentifierPolicy): Severity {
  return policy.lengthSeverity ?? policy.shapeSeverity ?? 'error';
}

/**
 * Creates the finding about one part of an identifier. Built only when a finding is, and without a spread or a
 * closure per call: the valid path allocates its (empty) result only.
 *
 * @param policy The identifier policy.
 * @param part The part at fault.
 * @param severity The part's severity.
 *
 * @returns The finding.
 */
function identifierFinding(policy: IdentifierPolicy, part: IdentifierPart, severity: Severity): Finding {
  const { prefix = '', alphabet, length, minLength, maxLength } = policy;
  const params: Record<string, FindingParam> = { prefix, alphabet };
  if (length !== undefined) params['length'] = length;
  if (minLength !== undefined) params['min'] = minLength;
  if (maxLength !== undefined) params['max'] = maxLength;
  params['part'] = part;
  return { rule: 'identifier/format', severity, params };
}

/**
 * Checks whether a char code is in an identifier alphabet.
 *
 * @param alphabet The alphabet.
 * @param code The char code.
 *
 * @returns Whether it is in the alphabet.
 */
function inAlphabet(alphabet: IdentifierAlphabet, code: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return true;
  if (alphabet === 'lower-alnum') return false;
  if (code >= 65 && code <= 90) return true;
  return alphabet === 'name' && (code === 95 || code === 45);
}
