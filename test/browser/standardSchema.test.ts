import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import type { PreflightSchema } from '../../src/engine/createSchema.ts';
import type { VendorSchemaOptions } from '../../src/engine/vendorSchema.ts';
import type { RuleId } from '../../src/rules/ruleId.ts';
import { apis, type ApiId } from '../../src/apis.ts';
import { validate } from '../../src/validate.ts';
import { en } from '../../src/errors/messages/en.ts';
import { zhCN } from '../../src/errors/messages/zhCN.ts';
import { toWireObject } from '../../src/engine/toWire.ts';
import { isPlainObject } from '../../src/engine/spec/values.ts';
import * as tencent from '../../src/schemas/tencent/index.ts';
import { FACTORIES } from './support/factories.ts';
import { structuralPayloads } from './support/payloads.ts';



interface Keyed {
  readonly rule?: string;
  readonly severity?: string;
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
}

const segment = (item: PropertyKey | { readonly key: PropertyKey }): PropertyKey => (typeof item === 'object' ? item.key : item);

function standardIssues(schema: PreflightSchema, payload: unknown): readonly Keyed[] {
  const result = schema['~standard'].validate(payload);
  if (result instanceof Promise) throw new TypeError('The schema must validate synchronously.');
  return (result.issues ?? []) as readonly Keyed[];
}

const keys = (issues: readonly Keyed[]): string[] =>
  issues.map((issue) => `${issue.severity} ${issue.rule} ${JSON.stringify((issue.path ?? []).map(segment))}`).sort();

/** Turns a wire payload into what form controls give: every scalar as its text. */
function asForm(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asForm);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asForm(item)]));
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
}

describe('Standard Schema v1 through ~standard.validate', () => {
  afterEach(() => v.deleteGlobalConfig());

  for (const api of apis) {
    const payloads = structuralPayloads(api.payload);
    const factory = FACTORIES[api.id];

    it(`gives the issues validate() gives, each with a path: ${api.id}`, () => {
      for (const os of [undefined, 'linux', 'windows'] as const) {
        const schema = factory({ ...(os ? { os } : {}), warnings: true });
        for (const payload of payloads) {
          const issues = standardIssues(schema, payload);
          const report = validate(api.id, payload, os ? { os } : {});
          expect({ payload, os, keys: keys(issues) }).toEqual({
            payload,
            os,
            keys: report.issues.map((issue) => `${issue.severity} ${issue.rule} ${JSON.stringify(issue.path)}`).sort(),
          });
          if (!isPlainObject(payload)) continue;
          for (const issue of issues) {
            expect(issue.path?.length, issue.rule).toBeGreaterThan(0);
          }
        }
      }
    });

    it(`form variant: form text gives validate()'s issues on the coerced payload, at the wire paths: ${api.id}`, () => {
      const schema = factory({ warnings: true, form: true });
      for (const payload of payloads) {
        const form = asForm(payload);
        const wire = isPlainObject(form) ? toWireObject(api.payload.fields, form) : form;
        expect({ form, keys: keys(standardIssues(schema, form)) }).toEqual({
          form,
          keys: keys(validate(api.id, wire).issues as readonly Keyed[]),
        });
      }
    });
  }

  it('speaks the language valibot’s global config names, as validate() does with lang', () => {
    const schema = tencent.resetInstance({ os: 'windows', messages: [en, zhCN], warnings: true });
    const payload = { InstanceId: 'ins-1122', HostName: 'web.01', LoginSettings: { Password: 'short' } };
    const messages = (lang: 'en' | 'zh-CN') => validate('tencent.cvm.ResetInstance', payload, { os: 'windows', lang }).issues.map((issue) => issue.message).sort();
    expect(standardIssues(schema, payload).map((issue) => issue.message).sort()).toEqual(messages('en'));
    v.setGlobalConfig({ lang: 'zh-CN' });
    expect(standardIssues(schema, payload).map((issue) => issue.message).sort()).toEqual(messages('zh-CN'));
  });
});
