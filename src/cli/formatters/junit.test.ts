import { describe, expect, test } from 'vitest';
import { SAMPLE_RUN } from '../../../test/cli/support/sampleRun.ts';
import { escapeXml, junit } from './junit.ts';

describe('junit', () => {
  test('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`a<b>&"c"'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;');
  });

  test('writes one test case per rule and one failure per finding', () => {
    const xml = junit(SAMPLE_RUN);
    expect(xml).toContain('<testsuites name="instance-preflight" tests="3" failures="3">');
    expect(xml).toContain('<testcase classname="instance-preflight" name="password/length">');
    expect(xml).toContain('<failure type="error" message="Use 12-30 characters for the password.">payloads/a b,c:d%.json:3:5 /LoginSettings/Password</failure>');
    expect(xml).toContain('message="Line one,\nline two: 100% &lt;sure&gt; &amp; &quot;quoted&quot;"');
    expect(xml.match(/<testcase /g)).toHaveLength(3);
  });
});
