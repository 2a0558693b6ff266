import { describe, expect, test } from 'vitest';
import { CLOUD_INIT_MARKERS, checkCloudInitFraming } from './checkCloudInitFraming.ts';

const finding = (reason: string) => ({ rule: 'userdata/framing', severity: 'warning', params: { os: 'linux', reason, expected: [...CLOUD_INIT_MARKERS] } });

describe('checkCloudInitFraming', () => {
  test('accepts every Cloud-Init marker as the first line, and gzip content', () => {
    for (const head of ['#!/bin/bash\necho hi', '#!/usr/bin/env python3\n', '#cloud-config\nusers: []', '#include\nhttps://example.com/a', '#cloud-boothook\n', '#part-handler\n', '#cloud-config-archive\n', '## template: jinja\n', 'Content-Type: multipart/mixed; boundary="x"\n']) {
      expect(checkCloudInitFraming(head), head).toEqual([]);
    }
    expect(checkCloudInitFraming('\x1f\x8b\x08\x00rest')).toEqual([]);
  });

  test('warns about a BOM or blank space before the marker, and about a missing marker', () => {
    expect(checkCloudInitFraming('\uFEFF#!/bin/bash\n')).toEqual([finding('bom')]);
    expect(checkCloudInitFraming('\xEF\xBB\xBF#cloud-config\n')).toEqual([finding('bom')]);
    expect(checkCloudInitFraming('\n#!/bin/bash\n')).toEqual([finding('blank-line')]);
    expect(checkCloudInitFraming('  #cloud-config\n')).toEqual([finding('blank-line')]);
    expect(checkCloudInitFraming('echo hi\n')).toEqual([finding('missing')]);
    expect(checkCloudInitFraming('')).toEqual([finding('missing')]);
    expect(checkCloudInitFraming('rem cmd\r\necho hi')).toEqual([finding('missing')]);
  });
});
