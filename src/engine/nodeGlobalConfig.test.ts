import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { getGlobalConfig } from './nodeGlobalConfig.ts';

describe('getGlobalConfig (the Node bundles’ lazy valibot)', () => {
  afterEach(() => v.deleteGlobalConfig());

  it('reads the config of the valibot an app imports, set before or after the first call', () => {
    expect(getGlobalConfig().lang).toBeUndefined();
    v.setGlobalConfig({ lang: 'zh-CN' });
    expect(getGlobalConfig().lang).toBe('zh-CN');
    expect(getGlobalConfig()).toEqual(v.getGlobalConfig());
  });
});
