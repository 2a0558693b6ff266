import { expect, test } from 'vitest';
import type { LoadedConfig } from './loadConfig.ts';
import { BUILT_IN_APIS } from '../lint/lintApis.ts';
import { configSettings } from './configSettings.ts';

const loaded = (config: LoadedConfig['config']): LoadedConfig => ({ config, path: '/repo/.instance-preflightrc.json', dir: '/repo', ignoreRanges: [], apis: BUILT_IN_APIS });

test('configSettings gives the top-level API and OS, then every matching override in order', () => {
  const settingsFor = configSettings(
    loaded({
      api: 'tencent.cvm.ResetInstance',
      overrides: [
        { files: 'windows/**', os: 'windows' },
        { files: ['windows/jd/*.json', 'jd/**'], api: 'jdcloud.vm.rebuildInstance' },
        { files: 'windows/jd/linux.json', os: 'linux' },
      ],
    }),
  );
  expect(settingsFor('/repo/a.json')).toEqual({ api: 'tencent.cvm.ResetInstance' });
  expect(settingsFor('/repo/windows/a.json')).toEqual({ api: 'tencent.cvm.ResetInstance', os: 'windows' });
  expect(settingsFor('/repo/windows/jd/a.json')).toEqual({ api: 'jdcloud.vm.rebuildInstance', os: 'windows' });
  expect(settingsFor('/repo/windows/jd/linux.json')).toEqual({ api: 'jdcloud.vm.rebuildInstance', os: 'linux' });
  expect(settingsFor(undefined)).toEqual({ api: 'tencent.cvm.ResetInstance' });
  expect(configSettings(loaded({}))('/repo/a.json')).toEqual({});
});
