import { describe, expectTypeOf, it } from 'vitest';
import type { FormValue, FormValues } from './types.ts';

interface Wire {
  id: string;
  size?: number;
  on?: boolean;
  mode?: 'a' | 'b';
  tags?: string[];
  pairs?: { key: string; value: string }[];
  nested?: { count?: number; name: string };
}

describe('FormValue', () => {
  it('is what a form control gives for each wire type', () => {
    expectTypeOf<FormValue<string>>().toEqualTypeOf<string>();
    expectTypeOf<FormValue<'a' | 'b'>>().toEqualTypeOf<string>();
    expectTypeOf<FormValue<number>>().toEqualTypeOf<number | string>();
    expectTypeOf<FormValue<boolean>>().toEqualTypeOf<boolean | string>();
    expectTypeOf<FormValue<number[]>>().toEqualTypeOf<(number | string)[] | string>();
  });
});

describe('FormValues', () => {
  type Form = FormValues<Wire>;

  it('keeps required keys required and lets optional ones be left out or undefined', () => {
    expectTypeOf<Form['id']>().toEqualTypeOf<string>();
    expectTypeOf<{ id: '' }>().toExtend<Form>();
    expectTypeOf<{ id: 'x'; size: undefined; on: 'on'; mode: ''; tags: 'one' }>().toExtend<Form>();
    expectTypeOf<{ size: '1' }>().not.toExtend<Form>();
  });

  it('recurses into objects and list elements', () => {
    expectTypeOf<NonNullable<Form['nested']>>().toEqualTypeOf<{ name: string; count?: number | string | undefined }>();
    // A lone string stands for a one-element list of scalars only: as a list of objects it is a type error.
    expectTypeOf<NonNullable<Form['pairs']>>().toEqualTypeOf<{ key: string; value: string }[]>();
  });

  it('is a plain object type, not an intersection, and mutable where the form writes', () => {
    expectTypeOf<keyof Form>().toEqualTypeOf<keyof Wire>();
    expectTypeOf<FormValues<{ readonly a: string }>>().toEqualTypeOf<{ a: string }>();
  });
});
