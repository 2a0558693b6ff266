import { describe, expect, test } from 'vitest';
import { readQueryLines } from './readQueryLines.ts';

describe('readQueryLines', () => {
  test('reads one request a line, skipping blanks and comments', () => {
    const file = readQueryLines('# saved requests\n\nAction=ResetInstance&InstanceId=ins-1\r\n?InstanceId=ins-2\n');
    expect(file.problems).toEqual([]);
    expect(file.requests.map((request) => [request.value, request.prefix, request.encoding])).toEqual([
      ['Action=ResetInstance&InstanceId=ins-1', [0], 'query'],
      ['?InstanceId=ins-2', [1], 'query'],
    ]);
  });

  test('locates the name=value pair of a flat key in a URL', () => {
    const line = 'https://cvm.api.qcloud.com/v2/index.php?Action=ResetInstance&LoginSettings.Password=x&LoginSettings.KeyIds.0=skey-1#top';
    const [request] = readQueryLines(line).requests;
    expect(request?.url?.hostname).toBe('cvm.api.qcloud.com');
    const column = line.indexOf('LoginSettings.Password') + 1;
    expect(request?.locate(['LoginSettings', 'Password'])).toEqual({ line: 1, column, endLine: 1, endColumn: column + 24 });
    expect(request?.locate(['LoginSettings'])).toEqual({ line: 1, column, endLine: 1, endColumn: column + 24 });
    const keyColumn = line.indexOf('LoginSettings.KeyIds.0') + 1;
    expect(request?.locate(['LoginSettings', 'KeyIds', 0])?.column).toBe(keyColumn);
  });

  test('decodes keys before matching them', () => {
    const [request] = readQueryLines('InstanceId=a&Login%53ettings.Password=b').requests;
    expect(request?.locate(['LoginSettings', 'Password'])?.column).toBe(14);
  });

  test('falls back to the whole line for an absent key', () => {
    const [request] = readQueryLines('InstanceId=a').requests;
    expect(request?.locate(['ImageId'])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 13 });
  });

  test('reports a URL that does not parse', () => {
    expect(readQueryLines('https://[bad/?a=1').problems[0]?.reason).toBe('invalid URL');
  });
});
