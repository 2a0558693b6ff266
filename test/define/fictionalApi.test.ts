import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createSchema, createValidator } from '../../src/define.ts';
import { en } from '../../src/errors/messages/en.ts';
import { toJsonSchema, UNCHECKED } from '../../src/jsonSchema/index.ts';
import { renderApiGenerated } from '../../scripts/docs-apis.ts';
import { ACME_REBUILD } from './acmeApi.ts';

/**
 * A fictional API (./acmeApi.ts), defined outside src/ through
 * `instance-preflight/define` only, runs through everything a built-in API
 * does: the validator, the form schema, JSON Schema export and the docs
 * generator; ./fictionalApiLint.test.ts lints it through a config's `apis`.
 */
const validateRebuild = createValidator(ACME_REBUILD);
const GOOD = { ServerId: 'srv-1a2b3c4d', AdminPass: 'Acme-Rebuild-42', Tags: ['web'] };

const keys = (report: ReturnType<typeof validateRebuild>) =>
  report.issues.map((issue) => `${issue.severity} ${issue.rule} ${JSON.stringify(issue.path)}${issue.vendor ? ` ${issue.vendor.code}` : ''}`);

describe('a fictional API defined through instance-preflight/define', () => {
  it('validates a good payload as ok, with its own id on the report', () => {
    const report = validateRebuild(GOOD, { os: 'linux' });
    expect(report).toEqual({ api: 'acme.vm.Rebuild', ok: true, issues: [] });
  });

  it('reports its rules, with the vendor codes from its about text, and never the password', () => {
    const report = validateRebuild({ ServerId: 'vm-1', AdminPass: 'short', Tags: ['a', 'b', 'c', 'd'], Extra: 1 }, { os: 'linux' });
    // An unknown key far from every parameter name may be text split off a password: it is redacted.
    expect(keys(report)).toEqual([
      'error parameter/unknown ["<redacted key 3>"] InvalidParameter',
      'error identifier/format ["ServerId"] InvalidParameter',
      'error password/length ["AdminPass"] InvalidAdminPass',
      'error password/classes ["AdminPass"] InvalidAdminPass',
      'error parameter/count ["Tags"] InvalidParameter',
    ]);
    expect(report.ok).toBe(false);
    expect(JSON.stringify(report)).not.toContain('short');
  });

  it('runs its OS-dependent check and its preflight rule over the facts', () => {
    expect(keys(validateRebuild(GOOD, { os: 'windows' }))).toEqual(['error credentials/unsupported ["AdminPass"] InvalidParameter']);
    expect(keys(validateRebuild(GOOD, { facts: { instance: { state: 'ACTIVE', os: 'linux' } } }))).toEqual([
      'error preflight/instance-state [] ServerNotShutoff',
    ]);
  });

  it('decodes a form request, dropping its transport parameters', () => {
    const report = validateRebuild('ServerId=srv-1a2b3c4d&Tags.0=web&Signature=abc&AccessKey=k', { encoding: 'query', os: 'linux' });
    expect(report.issues).toEqual([]);
  });

  it('never throws on hostile input', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    expect(keys(validateRebuild(hostile))).toEqual(['error parameter/type [] InvalidParameter']);
  });

  it('builds a form schema that reports the same rules', () => {
    const schema = createSchema(ACME_REBUILD.payload, { os: 'linux', messages: [en], form: true });
    expect(v.safeParse(schema, { ServerId: 'srv-1a2b3c4d', AdminPass: '', Tags: 'web', DryRun: 'true' })).toMatchObject({
      success: true,
      output: { ServerId: 'srv-1a2b3c4d', Tags: ['web'], DryRun: true },
    });
    const failed = v.safeParse(schema, { ServerId: 'srv-1a2b3c4d', AdminPass: 'short' });
    expect(failed.success).toBe(false);
    expect(failed.issues?.map((issue) => (issue as { rule?: string }).rule)).toEqual(['password/length', 'password/classes']);
  });

  it('exports its payload as JSON Schema', () => {
    const schema = toJsonSchema(ACME_REBUILD, { target: 'draft-2020-12' }) as Record<string, unknown> & { properties: Record<string, Record<string, unknown>> };
    expect(schema.title).toBe('acme.vm.Rebuild');
    expect(schema.required).toEqual(['ServerId']);
    expect(schema.properties['Tags']).toMatchObject({ maxItems: 3 });
    expect(schema.properties['AdminPass']?.[UNCHECKED]).toEqual(['field']);
  });

  it('renders its API page with the docs generator', () => {
    const page = renderApiGenerated(ACME_REBUILD);
    expect(page).toContain('| Action | `Rebuild` |');
    expect(page).toContain('`ServerId`');
    // "Predicted by" comes from the rule docs' examples, which run on the built-in APIs only: '-' here.
    expect(page).toContain('| `InvalidAdminPass` | 400 | The admin password breaks the password policy. | API page | - |');
  });
});
