import { describe, expectTypeOf, it } from 'vitest';
import type { ApiSpec } from '../../src/engine/spec/api.ts';
import type { Vendor } from '../../src/apis.ts';

describe('Vendor, derived from the API list', () => {
  it('is a union of literals: a record that leaves out its vendor type parameter would widen it to string', () => {
    expectTypeOf<string>().not.toExtend<Vendor>();
  });

  it('leaves a record outside the package free to name its own vendor', () => {
    expectTypeOf<ApiSpec['vendor']>().toEqualTypeOf<string>();
    expectTypeOf<ApiSpec<'acme.vm.Rebuild', 'acme'>['vendor']>().toEqualTypeOf<'acme'>();
  });
});
