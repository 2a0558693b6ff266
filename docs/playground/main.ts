import * as v from 'valibot';
import { apis, type ApiId } from '../../src/apis.ts';
import { validate } from '../../src/validate.ts';
import { en } from '../../src/errors/messages/en.ts';
import { zhCN } from '../../src/errors/messages/zhCN.ts';
import type { PreflightSchemaIssue, PreflightSchema } from '../../src/schemas/build/createSchema.ts';
import type { VendorSchemaOptions } from '../../src/schemas/build/vendorSchema.ts';
import type { RuleId } from '../../src/rules/ruleId.ts';
import type { FieldMap, FieldSpec } from '../../src/schemas/spec/types.ts';
import { aboutKey } from '../../src/schemas/spec/aboutKey.ts';
import { toWireObject } from '../../src/schemas/build/toWire.ts';
import * as jdcloud from '../../src/schemas/jdcloud/index.ts';
import * as tencent from '../../src/schemas/tencent/index.ts';
import * as zenlayer from '../../src/schemas/zenlayer/index.ts';

/** Each API's form schema factory, as the vendor entries export it. */
const FACTORIES: Readonly<Record<ApiId, (options: VendorSchemaOptions<RuleId>) => PreflightSchema>> = {
  'jdcloud.vm.rebuildInstance': jdcloud.rebuildInstance,
  'jdcloud.vm.rebuildInstance@1.0.3': jdcloud.rebuildInstance103,
  'zenlayer.zec.ResetInstance': zenlayer.resetInstance,
  'tencent.cvm.ResetInstance': tencent.resetInstance,
  'tencent.cvm.ResetInstance@api2': tencent.resetInstanceApi2,
};

const element = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const apiSelect = element<HTMLSelectElement>('api');
const osSelect = element<HTMLSelectElement>('os');
const langSelect = element<HTMLSelectElement>('lang');
const form = element<HTMLFormElement>('fields');
const report = element<HTMLPreElement>('report');

/** The leaf parameters of a spec as wire paths; a list takes one value here (a form gives one string). */
function leaves(fields: FieldMap, prefix: readonly string[] = []): [string[], FieldSpec][] {
  return Object.entries(fields).flatMap(([name, field]): [string[], FieldSpec][] =>
    field.type === 'object' ? leaves(field.fields, [...prefix, name]) : [[[...prefix, name], field]],
  );
}

function nest(values: Iterable<[string, string]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of values) {
    const keys = name.split('.');
    let target = out;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[keys.at(-1) as string] = value;
  }
  return out;
}

function render(): void {
  const api = apis.find((candidate) => candidate.id === apiSelect.value) ?? apis[0];
  form.innerHTML = '';
  for (const [path, field] of leaves(api.payload.fields)) {
    const name = path.join('.');
    const about = api.about.fields[aboutKey(path)];
    const label = document.createElement('label');
    label.textContent = `${name}${field.required ? ' *' : ''} `;
    const hint = document.createElement('small');
    hint.textContent = about?.description ?? '';
    const input = document.createElement('input');
    input.name = name;
    input.type = about?.secret ? 'password' : 'text';
    const message = document.createElement('p');
    message.className = 'message';
    message.dataset['for'] = name;
    label.append(hint, input);
    form.append(label, message);
  }
  check();
}

function check(): void {
  const api = apis.find((candidate) => candidate.id === apiSelect.value) ?? apis[0];
  const os = osSelect.value === 'linux' || osSelect.value === 'windows' ? osSelect.value : undefined;
  const lang = langSelect.value === 'zh-CN' ? 'zh-CN' : 'en';
  document.documentElement.lang = lang;
  v.setGlobalConfig({ lang });
  const schema = FACTORIES[api.id]({ ...(os ? { os } : {}), form: true, warnings: true, messages: [en, zhCN] });
  const values = nest(Array.from(form.querySelectorAll('input'), (input) => [input.name, input.value] as [string, string]));
  const result = schema['~standard'].validate(values);
  const issues = (result instanceof Promise ? [] : (result.issues ?? [])) as readonly PreflightSchemaIssue[];
  for (const message of form.querySelectorAll<HTMLElement>('.message')) {
    const found = issues.filter((issue) => (issue.path ?? []).map((item) => item.key).join('.') === message.dataset['for']);
    message.textContent = found.map((issue) => issue.message).join(' ');
    message.classList.toggle('warning', found.length > 0 && found.every((issue) => issue.severity !== 'error'));
  }
  report.textContent = JSON.stringify(validate(api.id, toWireObject(api.payload.fields, values), { ...(os ? { os } : {}), lang }), null, 2);
}

for (const api of apis) apiSelect.add(new Option(api.id, api.id));
apiSelect.value = 'tencent.cvm.ResetInstance';
apiSelect.addEventListener('change', render);
osSelect.addEventListener('change', check);
langSelect.addEventListener('change', check);
form.addEventListener('input', check);
render();
