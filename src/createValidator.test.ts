import { describe, expect, it } from 'vitest';
import { apis } from './apis.ts';
import { createValidator } from './createValidator.ts';
import { validate } from './validate.ts';

describe('createValidator', () => {
  it('reports on a record exactly as validate() does on its id (one implementation)', () => {
    const payloads = [{}, { InstanceId: 'x', Password: 'short', Unknown: 1 }, { instanceId: 'x', password: 'short' }, 'not an object'];
    for (const api of apis) {
      const validator = createValidator(api);
      for (const payload of payloads) {
        for (const os of ['linux', 'windows'] as const) expect(validator(payload, { os }), api.id).toEqual(validate(api.id, payload, { os }));
      }
      expect(validator({}, { facts: { instance: { state: 'RUNNING' } } })).toEqual(validate(api.id, {}, { facts: { instance: { state: 'RUNNING' } } }));
    }
  });

  it('throws on a bad option as validate() does', () => {
    const [api] = apis;
    if (!api) throw new Error('no API');
    expect(() => createValidator(api)({}, { os: 'mac' as never })).toThrow(TypeError);
  });
});
