import type { Facts } from './facts.ts';

type Kind = 'string' | 'number' | 'boolean' | 'strings' | readonly string[];

const OS = ['linux', 'windows'] as const;

const INSTANCE: Readonly<Record<string, Kind>> = { state: 'string', os: OS, instanceType: 'string', region: 'string', locks: 'strings', unpaidOrder: 'boolean', stopMode: 'string', hasSystemDisk: 'boolean' };
const SYSTEM_DISK: Readonly<Record<string, Kind>> = { category: ['local', 'cloud'], type: 'string', sizeGB: 'number', encrypted: 'boolean', performanceLevel: 'string' };
const IMAGE: Readonly<Record<string, Kind>> = {
  os: OS,
  category: 'string',
  rootDeviceType: ['localDisk', 'cloudDisk'],
  sizeGB: 'number',
  status: 'string',
  encrypted: 'boolean',
  source: ['public', 'custom', 'shared', 'marketplace', 'imported'],
  supportedInstanceTypes: 'strings',
  supportsPassword: 'boolean',
  supportsKeyPair: 'boolean',
  supportsAgent: 'boolean',
  supportsCloudInit: 'boolean',
};

/** What was given, for the message: short identifier-like strings as written (facts are the program's, not secrets). */
function given(value: unknown): string {
  if (typeof value === 'string') return /^[\w.-]{0,32}$/.test(value) ? `"${value}"` : 'another string';
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}

function accepts(kind: Kind, value: unknown): boolean {
  if (kind === 'strings') return Array.isArray(value) && value.every((item) => typeof item === 'string');
  if (kind === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (typeof kind === 'string') return typeof value === kind;
  return typeof value === 'string' && kind.includes(value);
}

function describe(kind: Kind): string {
  if (kind === 'strings') return 'an array of strings';
  if (kind === 'number') return 'a finite number';
  if (typeof kind === 'string') return `a ${kind}`;
  return `one of ${kind.map((item) => `'${item}'`).join(', ')}`;
}

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Copies the documented keys of one facts object, each checked; `undefined` stays absent. */
function copy(value: unknown, name: string, shape: Readonly<Record<string, Kind>>, nested: Readonly<Record<string, Readonly<Record<string, Kind>>>> = {}): Record<string, unknown> {
  if (!isObject(value)) throw new TypeError(`${name} must be an object; got ${given(value)}.`);
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(nested)) {
    const item = value[key];
    if (item !== undefined) out[key] = copy(item, `${name}.${key}`, inner);
  }
  for (const [key, kind] of Object.entries(shape)) {
    const item = value[key];
    if (item === undefined) continue;
    if (!accepts(kind, item)) throw new TypeError(`${name}.${key} must be ${describe(kind)}; got ${given(item)}.`);
    out[key] = kind === 'strings' ? [...(item as readonly string[])] : item;
  }
  return out;
}

/**
 * Checks `options.facts` against its documented types and copies it, so the
 * preflight rules read plain values once checked (a getter cannot answer
 * differently later). The facts are the calling program's input, not user
 * data: a value of the wrong type is a programming error.
 *
 * @param facts The facts as given.
 *
 * @returns A checked copy holding the documented keys only.
 *
 * @throws {TypeError} Naming the fact and what it accepts, when one has the wrong type or cannot be read.
 */
export function checkFacts(facts: unknown): Facts {
  try {
    if (!isObject(facts)) throw new TypeError(`options.facts must be an object; got ${given(facts)}.`);
    const out: Record<string, unknown> = {};
    if (facts['instance'] !== undefined) out['instance'] = copy(facts['instance'], 'options.facts.instance', INSTANCE, { systemDisk: SYSTEM_DISK });
    if (facts['image'] !== undefined) out['image'] = copy(facts['image'], 'options.facts.image', IMAGE);
    return out as Facts;
  } catch (error) {
    if (error instanceof TypeError && error.message.startsWith('options.facts')) throw error;
    throw new TypeError('options.facts could not be read: one of its properties threw when read.');
  }
}
