import { describe, expect, it } from 'vitest';
import { apis, validate } from '../../src/index.ts';
import { PAYLOADS } from '../../bench/payloads/index.ts';
import { reportFaults } from './support/reportShape.ts';
import { stringFields, withValue } from './support/stringFields.ts';

const MIB = 1024 * 1024;
// Valid base64 characters: the size rule alone should reject these, whatever a field expects.
const huge10 = 'QUJD'.repeat((10 * MIB) / 4);
const huge50 = 'QUJD'.repeat((50 * MIB) / 4);

/** A report of one huge string must stay small: nothing echoes the input back. */
function expectReport(api: string, payload: unknown, small = true): void {
  const report = validate(api as never, payload);
  expect(reportFaults(report, api)).toEqual([]);
  if (small) expect(JSON.stringify(report).length).toBeLessThan(64 * 1024);
}

function typicalOf(api: string): unknown {
  const payloads = PAYLOADS[api];
  if (!payloads) throw new Error(`bench/payloads has no payloads for ${api}`);
  return payloads.typical;
}

describe.each(apis.map((api) => [api.id, api] as const))('%s with huge inputs', (id, api) => {
  const fields = stringFields(api.payload.fields);
  const userdata = fields.filter(({ path }) => path.some((segment) => typeof segment === 'string' && /^user_?data$/i.test(segment)));
  const named = (pattern: RegExp) => fields.filter(({ path }) => pattern.test(String(path[path.length - 1])));

  it.each(fields.map(({ path }) => [path.join('.'), path] as const))('returns a report for 10 MiB in %s', (_, path) => {
    expectReport(id, withValue(typicalOf(id), path, huge10));
  });

  it.each(userdata.map(({ path }) => [path.join('.'), path] as const))('returns a report for 50 MiB userdata in %s', (_, path) => {
    expectReport(id, withValue(typicalOf(id), path, huge50));
  });

  it.each(named(/^host_?name$/i).map(({ path }) => [path.join('.'), path] as const))('returns a report for a 1 MiB hostname in %s', (_, path) => {
    expectReport(id, withValue(typicalOf(id), path, 'a'.repeat(MIB)));
  });

  it('returns a report for a huge password and a list of 100,000 elements in every list', () => {
    for (const { path } of named(/password/i)) expectReport(id, withValue(typicalOf(id), path, '!Aa1'.repeat(MIB / 4)));
    for (const [name, field] of Object.entries(api.payload.fields)) {
      if (field.type !== 'array') continue;
      const element = field.items.type === 'object' ? { key: 'k', value: 'v' } : 'x';
      // A long list may rightly give an issue per element, so only the report's shape is checked.
      expectReport(id, { ...(typicalOf(id) as object), [name]: Array.from({ length: 100_000 }, () => element) }, false);
    }
  });
});

describe('the textbook grouped base64 regex (documented contrast)', () => {
  // A repeated group overflows V8 irregexp's backtrack stack from about 4.28 MiB (bisected: 4,489,216 characters).
  const grouped = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

  it('throws RangeError on 10 MiB of valid base64, where validate() returns a report', () => {
    expect(() => grouped.test(huge10)).toThrow(RangeError);
    for (const api of apis) {
      for (const { path } of stringFields(api.payload.fields).filter(({ path }) => /^user_?data$/i.test(String(path[0])))) {
        expectReport(api.id, withValue(typicalOf(api.id), path, huge10));
      }
    }
  });
});
