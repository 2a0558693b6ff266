import { describe, expect, it } from 'vitest';
import { expectArgument } from './expectArgument.ts';

describe('expectArgument', () => {
  it('passes an accepted value', () => {
    expect(() => expectArgument(true, 'x', 'a string', 5)).not.toThrow();
  });

  it('throws a TypeError naming the argument, what it accepts and what was given', () => {
    expect(() => expectArgument(false, 'target.os', "'linux' or 'windows'", 'Linux')).toThrow(new TypeError(`target.os must be 'linux' or 'windows'; got "Linux".`));
    expect(() => expectArgument(false, 'value', 'a string', null)).toThrow('value must be a string; got null.');
    expect(() => expectArgument(false, 'value', 'a string', [])).toThrow('got an array.');
  });

  it('quotes only a short identifier-like string, never any other text given', () => {
    expect(() => expectArgument(false, 'name', 'a frame', 'Xk9!Tq2&Zr7Wv4Lp')).toThrow('got another string.');
  });
});
