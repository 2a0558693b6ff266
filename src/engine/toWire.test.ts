import { describe, expect, it } from 'vitest';
import type { FieldMap } from './spec/types.ts';
import { toWire, toWireObject } from './toWire.ts';

const FIELDS: FieldMap = {
  Name: { type: 'string' },
  Size: { type: 'integer' },
  Flag: { type: 'boolean' },
  Ids: { type: 'array', items: { type: 'string' } },
  Disk: { type: 'object', fields: { Size: { type: 'integer' } } },
};

describe('toWire', () => {
  it('treats an empty input as absent, whatever the wire type', () => {
    for (const field of Object.values(FIELDS)) expect(toWire(field, '')).toBeUndefined();
  });

  it('coerces digit strings to integers and leaves other text for the type rule', () => {
    expect(toWire(FIELDS['Size']!, '50')).toBe(50);
    expect(toWire(FIELDS['Size']!, '-3')).toBe(-3);
    expect(toWire(FIELDS['Size']!, '5.5')).toBe('5.5');
    expect(toWire(FIELDS['Size']!, '12a')).toBe('12a');
    expect(toWire(FIELDS['Size']!, 7)).toBe(7);
    expect(toWire(FIELDS['Size']!, Number.NaN)).toBeUndefined();
  });

  it('coerces the spellings a form gives for booleans', () => {
    expect(toWire(FIELDS['Flag']!, 'true')).toBe(true);
    expect(toWire(FIELDS['Flag']!, 'TRUE')).toBe(true);
    expect(toWire(FIELDS['Flag']!, 'on')).toBe(true);
    expect(toWire(FIELDS['Flag']!, 'false')).toBe(false);
    expect(toWire(FIELDS['Flag']!, 'FALSE')).toBe(false);
    expect(toWire(FIELDS['Flag']!, 'yes')).toBe('yes');
  });

  it('keeps strings as they are, spaces included', () => {
    expect(toWire(FIELDS['Name']!, ' a ')).toBe(' a ');
  });

  it('makes a lone string a one-element list and keeps element positions', () => {
    expect(toWire(FIELDS['Ids']!, 'skey-1')).toEqual(['skey-1']);
    expect(toWire(FIELDS['Ids']!, ['', 'skey-2'])).toEqual([undefined, 'skey-2']);
    expect(toWire(FIELDS['Ids']!, ['', ''])).toBeUndefined();
  });
});

describe('toWireObject', () => {
  it('drops absent inputs, keeps unknown keys, and never mutates the input', () => {
    const values = Object.freeze({ Name: '', Size: '8', Disk: { Size: '' }, Other: 'x' });
    expect(toWireObject(FIELDS, values)).toEqual({ Size: 8, Other: 'x' });
  });

  it('coerces nested objects', () => {
    expect(toWireObject(FIELDS, { Disk: { Size: '40' }, Flag: 'on' })).toEqual({ Disk: { Size: 40 }, Flag: true });
  });
});
