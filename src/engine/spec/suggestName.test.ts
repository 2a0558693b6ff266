import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { suggestName } from './suggestName.ts';

describe('suggestName', () => {
  it.each([
    ['Hostname', ['HostName', 'ImageId'], 'HostName'],
    ['timeZone', ['timezone', 'imageId'], 'timezone'],
    ['passwordAuth', ['passWordAuth', 'password'], 'passWordAuth'],
    ['InstanceID', ['InstanceId'], 'InstanceId'],
    ['ImagId', ['ImageId', 'InstanceId'], 'ImageId'],
    ['UserDat', ['UserData'], 'UserData'],
    ['Foo', ['HostName', 'ImageId'], undefined],
    ['ab', ['ac'], undefined],
    ['', ['HostName'], undefined],
  ] as const)('suggests for %j among %j: %j', (name, known, expected) => {
    expect(suggestName(name, known)).toBe(expected);
  });

  it('answers quickly for a very long name', () => {
    expect(suggestName('x'.repeat(1_000_000), ['HostName'])).toBeUndefined();
  });
});

/** The textbook distance, every cell computed: the reference for the banded one. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** What suggestName promises, computed the slow way. */
function reference(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const exact = known.findIndex((candidate) => candidate.toLowerCase() === lower);
  if (exact >= 0) return known[exact];
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.floor(name.length / 3));
  for (const candidate of known) {
    const distance = levenshtein(lower, candidate.toLowerCase());
    if (distance <= bestDistance && (best === undefined || distance < bestDistance)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

describe('suggestName against the full edit distance', () => {
  it('suggests what the textbook distance suggests', () => {
    // '!' shares the mask bit of 'a', and '1' that of 'q': the character-set pre-filter must stay a lower bound.
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', 'd', '!', 'q', '1'), maxLength: 9 });
    fc.assert(
      fc.property(letters, fc.array(letters, { maxLength: 6 }), (name, known) => {
        expect(suggestName(name, known)).toBe(reference(name, known));
      }),
      { numRuns: 3000 },
    );
  });
});
