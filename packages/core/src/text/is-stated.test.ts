import { describe, expect, it } from 'vitest';
import { isStated } from './is-stated.js';

describe('isStated', () => {
  it.each([['', false], ['  ', false], ['-', false], [' – ', false], [null, false], ['Fra 2017', true], ['2018-', true], ['-x', true]])(
    'isStated(%j) is %s',
    (text, expected) => {
      expect(isStated(text)).toBe(expected);
    },
  );
});
