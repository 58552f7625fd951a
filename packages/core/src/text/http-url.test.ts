import { describe, expect, it } from 'vitest';
import { httpUrl } from './http-url.js';

describe('httpUrl', () => {
  it('httpUrl("https://www.odder.dk/a.pdf") returns the URL', () => {
    expect(httpUrl('https://www.odder.dk/a.pdf')).toBe('https://www.odder.dk/a.pdf');
    expect(httpUrl('http://example.dk/')).toBe('http://example.dk/');
  });

  it('httpUrl() of a URL with spaces returns it encoded', () => {
    expect(httpUrl('https://ishoj.dk/x?name=Strategi for')).toBe('https://ishoj.dk/x?name=Strategi%20for');
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'mailto:a@b.dk', '//example.dk', 'esbjerg.dk', '', '  ', null, undefined])(
    'httpUrl(%j) returns null',
    (value) => {
      expect(httpUrl(value)).toBeNull();
    },
  );
});
