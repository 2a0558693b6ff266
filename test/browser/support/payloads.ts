import type { FieldMap, FieldSpec, PayloadSpec } from '../../../src/engine/spec/types.ts';

/** A well-typed sample of a field: the first enum value, `1`, `true`, one element, every sub-field. */
function sample(field: FieldSpec): unknown {
  switch (field.type) {
    case 'string':
      return field.enum?.[0] ?? 'sample-1';
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return [sample(field.items)];
    case 'object':
      return sampleObject(field.fields);
  }
}

function sampleObject(fields: FieldMap): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name in fields) out[name] = sample(fields[name] as FieldSpec);
  return out;
}

const WRONG: Readonly<Record<FieldSpec['type'], readonly unknown[]>> = {
  string: [7, true, null, ['x']],
  integer: ['5', 1.5, false],
  boolean: ['true', 1],
  array: ['x', { 0: 'x' }],
  object: ['x', ['x'], 3],
};

/** Payloads that each break, or keep, one structural rule at one place of the sample payload. */
function variants(fields: FieldMap, base: Record<string, unknown>, emit: (mutate: (copy: Record<string, unknown>) => void) => void): void {
  for (const name in fields) {
    const field = fields[name] as FieldSpec;
    emit((copy) => void delete copy[name]);
    emit((copy) => void (copy[name] = field.type === 'array' ? [] : field.type === 'object' ? {} : ''));
    for (const wrong of WRONG[field.type]) emit((copy) => void (copy[name] = wrong));
    if (field.type === 'string' && field.enum) emit((copy) => void (copy[name] = `${field.enum?.[0] ?? ''}-not-listed`));
    if (field.type === 'array') {
      if (field.maxItems !== undefined) emit((copy) => void (copy[name] = Array.from({ length: (field.maxItems ?? 0) + 1 }, () => sample(field.items))));
      for (const wrong of WRONG[field.items.type]) emit((copy) => void (copy[name] = [sample(field.items), wrong]));
      if (field.items.type === 'object') emit((copy) => void (copy[name] = [{}]));
    }
    if (field.type === 'object') {
      const inner = base[name] as Record<string, unknown>;
      variants(field.fields, inner, (mutate) =>
        emit((copy) => {
          const nested = structuredClone(inner);
          mutate(nested);
          copy[name] = nested;
        }),
      );
      emit((copy) => void (copy[name] = { ...inner, Unlisted: 'x' }));
    }
  }
}

/**
 * Creates payloads that exercise every structural rule of a spec: the full
 * sample, and for each field (nested ones too) absent, empty, each wrong JSON
 * type, an unlisted enum value, one element too many, and an unknown key.
 *
 * @param spec The payload spec.
 *
 * @returns The payloads.
 */
export function structuralPayloads(spec: PayloadSpec): unknown[] {
  const base = sampleObject(spec.fields);
  const out: unknown[] = [base, {}, { ...base, Unlisted: 'x' }, null, [], 'x'];
  variants(spec.fields, base, (mutate) => {
    const copy = structuredClone(base);
    mutate(copy);
    out.push(copy);
  });
  return out;
}
