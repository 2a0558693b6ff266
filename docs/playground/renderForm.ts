import {
  encodeUserdata,
  generatePassword,
  toHostname,
  type ApiId,
  type ApiSpec,
  type Lang,
  type Os,
  type PathSegment,
  type UserdataFrame,
  type Vendor,
} from '../../src/index.ts';
import type { FieldMap, FieldSpec } from '../../src/engine/spec/types.ts';
import { aboutKey } from '../../src/engine/spec/aboutKey.ts';
import { h } from './dom.ts';
import { hintFor } from './hintFor.ts';
import { getAt, removeAt, setAt } from './payloadPath.ts';
import { STRINGS, type Strings } from './strings.ts';
import { secretNames } from './withoutSecrets.ts';

/** Form context interface: what the form is drawn from and whom it tells about edits. */
export interface FormContext {
  /** The API. */
  readonly api: ApiSpec<string, Vendor>;
  /** The target OS. */
  readonly os: Os | undefined;
  /** The language. */
  readonly lang: Lang;
  /** The request (read only here). */
  readonly payload: Readonly<Record<string, unknown>>;
  /** A value was typed or chosen (`undefined`: not sent). */
  readonly onValue: (path: readonly PathSegment[], value: unknown) => void;
  /** A row was added or removed, or a value cleared: the form is redrawn, then `focus` (a control id) gets focus. */
  readonly onShape: (change: (payload: Record<string, unknown>) => void, focus?: string) => void;
}

/** Drawn form interface: the form's content and where each path's messages go. */
export interface DrawnForm {
  /** The form's children. */
  readonly nodes: readonly Node[];
  /** The message slot of the request as a whole (and of what has no field here). */
  readonly root: HTMLElement;
  /** Message slots by path key (`JSON.stringify(path)`), with the id of the control they describe. */
  readonly slots: ReadonlyMap<string, { readonly element: HTMLElement; readonly control?: string }>;
}

const FRAMES: readonly UserdataFrame[] = ['bash', 'python', 'cmd', 'powershell'];

/** The path key of a message slot. */
export const slotKey = (path: readonly PathSegment[]): string => JSON.stringify(path);

const idOf = (path: readonly PathSegment[]): string => `f_${path.join('__')}`;

/** Whether a value fits the control of its field (else it is shown as text to clear). */
function fits(field: FieldSpec, value: unknown): boolean {
  switch (field.type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
}

/** A new list element: an object row gets its single-valued enums set and its text fields empty. */
function blank(field: FieldSpec): unknown {
  if (field.type !== 'object') return field.type === 'string' ? (field.enum?.length === 1 ? field.enum[0] : '') : undefined;
  const row: Record<string, unknown> = {};
  for (const [name, sub] of Object.entries(field.fields)) {
    const value = blank(sub);
    if (value !== undefined) row[name] = value;
  }
  return row;
}

/**
 * Draws the form of an API's parameters from its spec: a select for an
 * enumeration, a tri-state select for a boolean, a number input for an
 * integer, add/remove rows for lists (of text or of objects), a group for an
 * object; hints from the about object in the chosen language; helpers beside
 * the password, hostname and user data parameters.
 *
 * @param context The API, OS, language, request and edit callbacks.
 *
 * @returns The nodes and the message slots.
 */
export function renderForm(context: FormContext): DrawnForm {
  const { api, lang, payload } = context;
  const t: Strings = STRINGS[lang];
  const slots = new Map<string, { element: HTMLElement; control?: string }>();
  const target = { api: api.id as ApiId, os: context.os };

  const slot = (path: readonly PathSegment[], control?: string): HTMLElement => {
    const element = h('p', { class: 'msg', id: `${idOf(path)}_msg`, 'data-path': path.join('.') });
    slots.set(slotKey(path), control === undefined ? { element } : { element, control });
    return element;
  };
  const hint = (path: readonly PathSegment[]): string => {
    const key = aboutKey(path);
    const description = api.about.fields[key]?.description ?? '';
    return hintFor(api.vendor, key, description, lang);
  };
  const label = (path: readonly PathSegment[], field: FieldSpec, id: string): HTMLElement =>
    h(
      'label',
      { for: id, class: 'label' },
      h('code', {}, String(path[path.length - 1])),
      field.required ? h('span', { class: 'req' }, t.required) : undefined,
    );
  const described = (path: readonly PathSegment[]): string => `${idOf(path)}_hint ${idOf(path)}_msg`;

  const mismatch = (path: readonly PathSegment[], value: unknown): HTMLElement =>
    h(
      'div',
      { class: 'mismatch' },
      h('span', {}, t.wrongType, ' '),
      h('code', { id: idOf(path) }, api.about.fields[aboutKey(path)]?.secret ? '••••••' : (JSON.stringify(value) ?? String(value))),
      ' ',
      h('button', { type: 'button', class: 'small', onclick: () => context.onShape((draft) => setAt(draft, path, undefined)) }, t.clear),
    );

  function control(path: readonly PathSegment[], field: FieldSpec, value: unknown, inRow: boolean): HTMLElement {
    const id = idOf(path);
    const common = { id, name: path.join('.'), 'aria-describedby': described(path) };
    const send = (raw: string, parse: (text: string) => unknown = (text) => text): void =>
      context.onValue(path, raw === '' && !inRow ? undefined : parse(raw));
    if (field.type === 'boolean' || (field.type === 'string' && field.enum)) {
      // Option values carry a "=" prefix so that an enum member "" (JD imageInherit) stays apart from "not sent".
      const options = field.type === 'boolean' ? ['true', 'false'] : (field.enum ?? []);
      const current = value === undefined ? '' : `=${String(value)}`;
      const choose = (event: Event): void => {
        const chosen = (event.target as HTMLSelectElement).value;
        const text = chosen.slice(1);
        context.onValue(path, chosen === '' ? undefined : field.type === 'boolean' ? text === 'true' : text);
      };
      return h(
        'select',
        { ...common, onchange: choose },
        h('option', { value: '', selected: current === '' }, t.notSent),
        ...options.map((option) => h('option', { value: `=${option}`, selected: current === `=${option}` }, option === '' ? '""' : option)),
      );
    }
    if (field.type === 'integer') {
      return h('input', {
        ...common,
        type: 'number',
        step: 1,
        inputmode: 'numeric',
        value: value === undefined ? '' : String(value),
        oninput: (event) => send((event.target as HTMLInputElement).value, Number),
      });
    }
    const secret = api.about.fields[aboutKey(path)]?.secret === true;
    return h('input', {
      ...common,
      type: secret ? 'password' : 'text',
      autocomplete: secret ? 'new-password' : 'off',
      spellcheck: 'false',
      autocapitalize: 'off',
      value: typeof value === 'string' ? value : '',
      oninput: (event) => send((event.target as HTMLInputElement).value),
    });
  }

  function passwordTools(path: readonly PathSegment[]): HTMLElement {
    const id = idOf(path);
    const input = (): HTMLInputElement => document.getElementById(id) as HTMLInputElement;
    const toggle = h('button', {
      type: 'button',
      class: 'small',
      'aria-controls': id,
      'aria-pressed': 'false',
      onclick: () => {
        const shown = input().type === 'text';
        input().type = shown ? 'password' : 'text';
        toggle.setAttribute('aria-pressed', String(!shown));
        toggle.textContent = shown ? t.showPassword : t.hidePassword;
      },
    }, t.showPassword);
    const generate = h('button', {
      type: 'button',
      class: 'small',
      onclick: () => {
        const value = generatePassword(target);
        input().value = value;
        context.onValue(path, value);
      },
    }, t.generatePassword);
    return h('div', { class: 'tools' }, generate, toggle);
  }

  function hostnameTools(path: readonly PathSegment[]): HTMLElement {
    const id = `${idOf(path)}_from`;
    const result = h('p', { class: 'tool-result', role: 'status' });
    const name = h('input', { id, type: 'text', autocomplete: 'off' });
    const make = (): void => {
      const made = toHostname(name.value, target);
      if (!made.ok) {
        result.textContent = t.hostnameFailed[made.reason];
        return;
      }
      result.textContent = '';
      (document.getElementById(idOf(path)) as HTMLInputElement).value = made.hostname;
      context.onValue(path, made.hostname);
    };
    return h(
      'details',
      { class: 'helper' },
      h('summary', {}, t.hostnameFrom),
      h('div', { class: 'helper-body' }, h('label', { for: id }, t.hostnameName), h('div', { class: 'inline' }, name, h('button', { type: 'button', class: 'small', onclick: make }, t.hostnameMake)), result),
    );
  }

  function userdataTools(name: string, field: FieldSpec): HTMLElement {
    const base = idOf([name]);
    const script = h('textarea', { id: `${base}_script`, rows: 4, spellcheck: 'false' });
    const file = h('input', {
      id: `${base}_file`,
      type: 'file',
      accept: '.sh,.py,.ps1,.cmd,.bat,.txt,text/*',
      onchange: () => {
        const chosen = file.files?.[0];
        if (chosen) void chosen.text().then((text) => (script.value = text));
      },
    });
    const frame = h(
      'select',
      { id: `${base}_frame` },
      h('option', { value: '' }, t.frameNone),
      ...FRAMES.map((option) => h('option', { value: option }, option)),
    );
    const result = h('div', { class: 'tool-result', role: 'status' });
    const encode = (): void => {
      const chosen = frame.value as UserdataFrame | '';
      const encoded = encodeUserdata(script.value, target, { lang, ...(chosen ? { frame: chosen } : {}) });
      result.replaceChildren(
        h('p', {}, `${t.userdataEncoded} ${encoded.value.length} ${t.characters}`),
        ...encoded.issues.map((issue) => h('p', { class: issue.severity }, issue.message)),
      );
      context.onShape((draft) => {
        if (field.type !== 'array') {
          draft[name] = encoded.value;
          return;
        }
        const row = blank(field.items);
        const valueName = field.items.type === 'object' ? Object.keys(field.items.fields).find((key) => !(row as Record<string, unknown>)[key]) : undefined;
        draft[name] = [valueName ? { ...(row as Record<string, unknown>), [valueName]: encoded.value } : encoded.value];
      });
    };
    return h(
      'details',
      { class: 'helper' },
      h('summary', {}, t.userdataHeading),
      h(
        'div',
        { class: 'helper-body' },
        h('label', { for: script.id }, t.userdataScript),
        script,
        h('div', { class: 'inline wrap' },
          h('span', {}, h('label', { for: file.id }, t.userdataFile), ' ', file),
          h('span', {}, h('label', { for: frame.id }, t.userdataFrame), ' ', frame),
        ),
        h('button', { type: 'button', class: 'small', onclick: encode }, t.userdataEncode),
        result,
      ),
    );
  }

  function list(path: readonly PathSegment[], field: FieldSpec & { type: 'array' }, value: unknown[]): HTMLElement {
    const rows = value.map((item, index) => {
      const at = [...path, index];
      const remove = h('button', {
        type: 'button',
        class: 'small ghost',
        'aria-label': `${t.removeRow} ${path.join('.')}[${index}]`,
        onclick: () => context.onShape((draft) => removeAt(draft, at), `${idOf(path)}_add`),
      }, t.remove);
      if (field.items.type === 'object') {
        const cells = Object.entries(field.items.fields).map(([name, sub]) => {
          const cell = [...at, name];
          const cellValue = getAt(item, [name]);
          const input = cellValue === undefined || fits(sub, cellValue) ? control(cell, sub, cellValue, true) : mismatch(cell, cellValue);
          input.setAttribute('aria-label', `${path.join('.')}[${index}].${name}`);
          input.setAttribute('aria-describedby', `${idOf([...path, name])}_hint ${idOf(cell)}_msg`);
          return h('div', { class: 'cell' }, input, slot(cell, idOf(cell)));
        });
        return h('li', { class: 'row' }, h('div', { class: 'cells' }, ...cells, h('div', { class: 'row-end' }, remove)), slot(at));
      }
      const cell = fits(field.items, item) ? control(at, field.items, item, true) : mismatch(at, item);
      cell.setAttribute('aria-label', `${path.join('.')}[${index}]`);
      cell.removeAttribute('aria-describedby');
      cell.setAttribute('aria-describedby', `${idOf(path)}_hint ${idOf(at)}_msg`);
      return h('li', { class: 'row' }, h('div', { class: 'inline' }, cell, remove), slot(at, idOf(at)));
    });
    const add = h('button', {
      type: 'button',
      class: 'small',
      id: `${idOf(path)}_add`,
      onclick: () => context.onShape((draft) => {
        const current = getAt(draft, path);
        const next = [...(Array.isArray(current) ? current : []), blank(field.items) ?? ''];
        setAt(draft, path, next);
      }, firstControl([...path, value.length], field.items)),
    }, field.items.type === 'object' ? t.addPair : t.add);
    const head =
      field.items.type === 'object' && rows.length > 0
        ? h(
            'div',
            { class: 'cells head' },
            ...Object.keys(field.items.fields).map((name) =>
              h('div', { class: 'cell' }, h('code', { class: 'label' }, name), h('span', { class: 'hint', id: `${idOf([...path, name])}_hint` }, hint([...path, 0, name]))),
            ),
          )
        : undefined;
    return h('div', { class: 'list' }, head, h('ol', { class: 'rows' }, ...rows), add);
  }

  function fieldBlock(path: readonly PathSegment[], field: FieldSpec): HTMLElement {
    const value = getAt(payload, path);
    const id = idOf(path);
    const hintNode = h('p', { class: 'hint', id: `${id}_hint` }, hint(path));
    if (field.type === 'object' && (value === undefined || fits(field, value))) {
      const secretInside = Object.keys(field.fields).some((name) => api.about.fields[aboutKey([...path, name])]?.secret);
      return h(
        'details',
        { class: 'group', open: value !== undefined || secretInside, id },
        h('summary', {}, h('code', {}, String(path[path.length - 1])), h('span', { class: 'hint', id: `${id}_hint` }, hint(path))),
        slot(path),
        h('div', { class: 'group-body' }, ...fields(field.fields, path)),
      );
    }
    const name = String(path[path.length - 1]);
    const fitting = value === undefined || fits(field, value);
    if (field.type === 'array' && fitting) {
      return h(
        'fieldset',
        { class: 'field wide', 'aria-describedby': `${id}_hint ${id}_msg` },
        h('legend', { class: 'label' }, h('code', {}, name), field.required ? h('span', { class: 'req' }, t.required) : undefined),
        hintNode,
        list(path, field, (value as unknown[] | undefined) ?? []),
        slot(path, `${id}_add`),
        path.length === 1 && name.toLowerCase() === 'userdata' ? userdataTools(name, field) : undefined,
      );
    }
    const secret = api.about.fields[aboutKey(path)]?.secret === true;
    const tooled = fitting && (secret || (path.length === 1 && ['hostname', 'userdata'].includes(name.toLowerCase())));
    return h(
      'div',
      { class: tooled ? 'field wide' : 'field' },
      label(path, field, id),
      hintNode,
      fitting ? control(path, field, value, false) : mismatch(path, value),
      fitting && secret ? passwordTools(path) : undefined,
      fitting && path.length === 1 && name.toLowerCase() === 'hostname' ? hostnameTools(path) : undefined,
      fitting && path.length === 1 && name.toLowerCase() === 'userdata' ? userdataTools(name, field) : undefined,
      slot(path, id),
    );
  }

  function fields(map: FieldMap, path: readonly PathSegment[]): HTMLElement[] {
    return Object.entries(map).map(([name, field]) => fieldBlock([...path, name], field));
  }

  const root = h('p', { class: 'msg', id: 'f_root_msg', 'data-path': '' });
  const nodes: Node[] = [root, ...fields(api.payload.fields, [])];
  const unknown = Object.keys(payload).filter((name) => !Object.hasOwn(api.payload.fields, name));
  const secrets = secretNames(api.about);
  if (unknown.length > 0) {
    nodes.push(
      h(
        'section',
        { class: 'unknown', 'aria-labelledby': 'unknown-heading' },
        h('h3', { id: 'unknown-heading' }, t.unknownHeading),
        h('p', { class: 'hint' }, t.unknownHint),
        ...unknown.map((name) =>
          h(
            'div',
            { class: 'field' },
            h('div', { class: 'inline' }, h('code', { id: idOf([name]), class: 'label' }, name), h('code', { class: 'value' }, secrets.has(name.toLowerCase()) ? '••••••' : (JSON.stringify(payload[name]) ?? '')),
              h('button', { type: 'button', class: 'small ghost', 'aria-label': `${t.remove} ${name}`, onclick: () => context.onShape((draft) => setAt(draft, [name], undefined)) }, t.remove)),
            slot([name], idOf([name])),
          ),
        ),
      ),
    );
  }
  return { nodes, root, slots };
}

/** The id of the first control of a new row (to focus it). */
function firstControl(path: readonly PathSegment[], field: FieldSpec): string {
  if (field.type !== 'object') return idOf(path);
  const [first] = Object.keys(field.fields);
  return idOf(first === undefined ? path : [...path, first]);
}
