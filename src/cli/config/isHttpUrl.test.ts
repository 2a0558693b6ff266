import { expect, test } from 'vitest';
import { isHttpUrl } from './isHttpUrl.ts';

test('isHttpUrl takes absolute http and https URLs only', () => {
  expect(isHttpUrl('https://github.com/owner/repo/blob/main/')).toBe(true);
  expect(isHttpUrl('HTTP://example.com')).toBe(true);
  for (const bad of ['mailto:a@example.com', 'javascript:alert(1)', 'file:///etc/', 'data:text/plain,x', 'docs/', '']) expect(isHttpUrl(bad)).toBe(false);
});
