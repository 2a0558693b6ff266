import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { apis } from '../../src/apis.ts';
import { validate } from '../../src/validate.ts';
import { FACTORIES } from '../browser/support/factories.ts';
import type { PreflightFieldSchema, PreflightSchemaIssue } from '../../src/engine/createSchema.ts';

const boom = (): never => {
  throw new Error('hostile getter');
};

/** An object whose one own enumerable key throws when read. */
const throwingGetter = (key: string): object => Object.defineProperty({}, key, { get: boom, enumerable: true });

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Hostile values: each throws on some read a validator makes (keys, prototype, a property). */
function hostile(name: string): readonly { readonly label: string; readonly value: unknown }[] {
  return [
    { label: 'throwing getter', value: throwingGetter(name) },
    { label: 'revoked Proxy', value: revoked() },
    { label: 'Proxy whose ownKeys throws', value: new Proxy({}, { ownKeys: boom }) },
    { label: 'Proxy whose getPrototypeOf throws', value: new Proxy({}, { getPrototypeOf: boom }) },
    { label: 'Proxy whose get throws', value: new Proxy({ [name]: 'x' }, { get: boom }) },
  ];
}

const rules = (issues: readonly PreflightSchemaIssue[] | undefined): string[] => (issues ?? []).map((issue) => issue.rule);

/** Runs every entry point valibot and Standard Schema users have; none may throw anything but valibot's ValiError. */
function everyEntryPoint(schema: PreflightFieldSchema, value: unknown): string[][] {
  const parsed = ((): string[] => {
    try {
      v.parse(schema, value);
      return [];
    } catch (error) {
      if (!v.isValiError(error)) throw error;
      return rules(error.issues as unknown as PreflightSchemaIssue[]);
    }
  })();
  const standard = schema['~standard'].validate(value);
  if (standard instanceof Promise) throw new TypeError('The schema must validate synchronously.');
  return [rules(v.safeParse(schema, value).issues), parsed, rules((standard.issues ?? []) as PreflightSchemaIssue[])];
}

describe('schemas never throw on a hostile payload', () => {
  for (const api of apis) {
    const factory = FACTORIES[api.id];
    const first = Object.keys(api.payload.fields)[0] as string;

    it(`whole payload, wire and form, as validate() reports it: ${api.id}`, () => {
      for (const form of [false, true]) {
        const schema = factory({ form, warnings: true });
        for (const { label, value } of [...hostile(first), ...hostile('x').map((item) => ({ ...item, value: { [first]: item.value } }))]) {
          const expected = validate(api.id, value).issues.map((issue) => issue.rule);
          expect(expected, label).toContain('parameter/type');
          for (const got of everyEntryPoint(schema, value)) expect(got, `${label}, form ${form}`).toEqual(expected);
        }
      }
    });

    it(`every entry: ${api.id}`, () => {
      for (const form of [false, true]) {
        const schema = factory({ form, warnings: true });
        for (const [name, entry] of Object.entries(schema.entries)) {
          for (const { label, value } of hostile('x')) {
            for (const got of everyEntryPoint(entry, value)) expect(got, `${name}, ${label}, form ${form}`).toEqual(['parameter/type']);
          }
        }
      }
    });
  }
});
