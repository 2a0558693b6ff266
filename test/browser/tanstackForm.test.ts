// @vitest-environment happy-dom
import { FieldApi, FormApi } from '@tanstack/form-core';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import type { PreflightSchema } from '../../src/schemas/build/createSchema.ts';
import { en } from '../../src/errors/messages/en.ts';
import { zhCN } from '../../src/errors/messages/zhCN.ts';
import { resetInstance } from '../../src/schemas/tencent/index.ts';

interface Values {
  InstanceId: string;
  HostName: string;
  LoginSettings: { Password: string };
  SystemDisk: { DiskSize: string };
}

const FIELDS = ['InstanceId', 'HostName', 'LoginSettings.Password', 'SystemDisk.DiskSize'] as const;

/**
 * A form-level validator over Standard Schema: runs the schema on the whole
 * form (cross-field rules need it) and hands each field the first message at
 * its dot path, as Standard Schema resolvers key issues. This form-core
 * release predates built-in Standard Schema support, so the adapter is these
 * lines against `~standard` only; it returns the first message as the form's error.
 */
function standardForm(schema: PreflightSchema) {
  return async (values: Values, form: FormApi<Values>): Promise<string | undefined> => {
    const result = schema['~standard'].validate(values);
    if (result instanceof Promise) throw new TypeError('Expected synchronous validation.');
    const issues = result.issues ?? [];
    for (const name of FIELDS) {
      const issue = issues.find(
        (candidate) => (candidate.path ?? []).map((item) => (typeof item === 'object' ? item.key : item)).join('.') === name,
      );
      form.setFieldMeta(name, (prev) => ({ ...prev, error: issue?.message }));
    }
    return issues[0]?.message;
  };
}

/** Builds a real `<form>`, wires each input to a FieldApi, validates the form on input, shows each field's error under it. */
function mount(schema: PreflightSchema) {
  document.body.innerHTML = `<form>${FIELDS.map(
    (name) => `<label>${name} <input name="${name}"></label><p class="error" data-for="${name}"></p>`,
  ).join('')}<button type="submit">Reset</button></form>`;
  const form = new FormApi<Values>({
    defaultValues: { InstanceId: '', HostName: '', LoginSettings: { Password: '' }, SystemDisk: { DiskSize: '' } },
    validate: standardForm(schema),
  });
  for (const name of FIELDS) {
    const field = new FieldApi<unknown, Values>({ form, name });
    field.mount();
    const props = field.getInputProps();
    document.querySelector(`input[name="${name}"]`)?.addEventListener('input', (event) => {
      props.onChange?.(event);
      void form.validateForm();
    });
  }
  form.store.subscribe(() => {
    for (const name of FIELDS) {
      const error = form.getFieldMeta(name)?.error;
      const target = document.querySelector(`p[data-for="${name}"]`) as HTMLElement;
      target.textContent = typeof error === 'string' ? error : '';
    }
  });
  return { form };
}

async function type(name: string, text: string): Promise<void> {
  const input = document.querySelector<HTMLInputElement>(`input[name="${name}"]`) as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  // Form validation settles on a later task.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const errorText = (name: string): string => document.querySelector(`p[data-for="${name}"]`)?.textContent ?? '';

describe('TanStack Form (form-core) in a DOM, with the form schema as validator', () => {
  afterEach(() => v.deleteGlobalConfig());

  it('shows each message under its field and clears it when the value is fixed', async () => {
    const { form } = mount(resetInstance({ os: 'windows', form: true }));
    await type('InstanceId', 'ins-r8hr2upy');
    expect(errorText('InstanceId')).toBe('');
    await type('HostName', 'web.01');
    expect(errorText('HostName')).toBe(en.rules['hostname/dot']({}));
    await type('SystemDisk.DiskSize', '50x');
    expect(errorText('SystemDisk.DiskSize')).toBe(en.rules['parameter/type']({ expected: 'integer' }));
    expect(errorText('HostName')).toBe(en.rules['hostname/dot']({}));
    await type('HostName', 'web-01');
    expect(errorText('HostName')).toBe('');
    await type('SystemDisk.DiskSize', '50');
    expect(errorText('SystemDisk.DiskSize')).toBe('');
    expect(form.state.values.SystemDisk.DiskSize).toBe('50');
  });

  it('treats an emptied input as absent and keeps password text out of every message', async () => {
    mount(resetInstance({ os: 'windows', form: true }));
    await type('LoginSettings.Password', 'Short1!pass');
    expect(errorText('LoginSettings.Password')).toBe(en.rules['password/length']({ min: 12, max: 30 }));
    expect(document.body.innerHTML).not.toContain('Short1!pass"');
    expect(document.querySelectorAll('p.error')).toHaveLength(4);
    expect(Array.from(document.querySelectorAll('p.error'), (p) => p.textContent).join('')).not.toContain('Short1!pass');
    await type('LoginSettings.Password', '');
    expect(errorText('LoginSettings.Password')).toBe('');
    await type('InstanceId', '');
    expect(errorText('InstanceId')).toBe(en.rules['parameter/required']({ name: 'InstanceId' }));
  });

  it('follows valibot’s global language', async () => {
    mount(resetInstance({ os: 'windows', form: true, messages: [en, zhCN] }));
    v.setGlobalConfig({ lang: 'zh-CN' });
    await type('HostName', 'web.01');
    expect(errorText('HostName')).toBe(zhCN.rules['hostname/dot']({}));
  });
});
