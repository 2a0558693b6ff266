import { describe, expect, test } from 'vitest';
import { SAMPLE_RUN } from '../../../test/cli/support/sampleRun.ts';
import { escapeXml, junit } from './junit.ts';

describe('junit', () => {
  test('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`a<b>&"c"'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;');
  });

  test('writes one test suite per file and one failed test case per finding', () => {
    const xml = junit(SAMPLE_RUN);
    expect(xml).toContain('<testsuites name="instance-preflight" tests="4" failures="3" errors="0">');
    expect(xml).toContain('<testsuite name="payloads/a b,c:d%.json" tests="3" failures="3" errors="0">');
    expect(xml).toContain('<testcase classname="payloads/a b,c:d%.json" name="password/length 3:5">');
    expect(xml).toContain(
      '<failure type="error" message="Use 12-30 characters for the password.">Error at line 3, column 5 (/LoginSettings/Password): Use 12-30 characters for the password. [password/length]</failure>',
    );
    expect(xml).toContain('message="Line one,\nline two: 100% &lt;sure&gt; &amp; &quot;quoted&quot;"');
    expect(xml.match(/<testsuite /g)).toHaveLength(2);
    expect(xml.match(/<failure /g)).toHaveLength(3);
  });

  test('a file with no finding is one passing test case', () => {
    expect(junit(SAMPLE_RUN)).toContain(
      '  <testsuite name="payloads/good.json" tests="1" failures="0" errors="0">\n    <testcase classname="payloads/good.json" name="payloads/good.json"/>\n  </testsuite>\n',
    );
  });

  test('control characters from input are made visible, not dropped or passed through', () => {
    const [first] = SAMPLE_RUN.results;
    if (!first) throw new Error('sample run changed');
    const xml = junit({ ...SAMPLE_RUN, results: [{ ...first, filePath: 'evil\u001b[31m\u0007.json' }] });
    expect(xml).toContain('name="evil\\x1B[31m\\x07.json"');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  test('an empty run is an empty, valid report', () => {
    expect(junit({ rules: [], results: [] })).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="instance-preflight" tests="0" failures="0" errors="0">\n</testsuites>\n');
  });
});
