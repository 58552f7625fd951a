import { describe, expect, it } from 'vitest';
import { fillUrlPattern, urlPattern } from './url-pattern.js';

describe('urlPattern', () => {
  it.each(['/kommune/?kommune={code}', '  https://www.kl.dk/kommuner/{code}  ', 'http://example.dk/kort?k={CODE}', '?kommune={code}', '{code}.html', '../kort/{code}/', '//cdn.example.dk/{code}'])(
    'urlPattern(%j) accepts it (trimmed)',
    (value) => {
      expect(urlPattern(value)).toBe(value.trim());
    },
  );

  it.each([
    ['javascript:alert({code})', 'a script'],
    ['JavaScript:alert({code})', 'a script in any case'],
    ['data:text/html,{code}', 'data'],
    ['mailto:{code}@kl.dk', 'mail'],
    ['kommune:{code}', 'a word and a colon, which browsers read as a scheme'],
    ['/kommune/?kommune=0340', 'no placeholder'],
    ['/kommune/ {code}', 'a space'],
    ['/kommune/\n{code}', 'a line break'],
    ['https://[x/{code}', 'an address that does not parse'],
    ['', 'nothing'],
    [null, 'null'],
  ])('urlPattern(%j) returns null (%s)', (value, _why) => {
    expect(urlPattern(value)).toBeNull();
  });
});

describe('fillUrlPattern', () => {
  it('fillUrlPattern("/kommune/?kommune={code}", "0330") returns /kommune/?kommune=0330, every placeholder in any case', () => {
    expect(fillUrlPattern('/kommune/?kommune={code}', '0330')).toBe('/kommune/?kommune=0330');
    expect(fillUrlPattern('/k/{CODE}/{code}', '0330')).toBe('/k/0330/0330');
  });
});
