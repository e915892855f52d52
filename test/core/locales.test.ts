import { expect } from '@open-wc/testing';
import { resolveLocale } from '@qulay/core';

describe('resolveLocale', () => {
  const cases: Array<[string, string | undefined]> = [
    ['en', 'en'],
    ['en-GB', 'en'],
    ['uz', 'uz-Latn'],
    ['uz-UZ', 'uz-Latn'],
    ['UZ-latn', 'uz-Latn'],
    ['uz-Latn-UZ', 'uz-Latn'],
    ['oz', 'uz-Latn'],
    ['uz-Cyrl', 'uz-Cyrl'],
    ['uz-Cyrl-UZ', 'uz-Cyrl'],
    ['uz_Cyrl', 'uz-Cyrl'],
    ['kaa', 'kaa-Latn'],
    ['kaa-Latn', 'kaa-Latn'],
    ['kaa-UZ', 'kaa-Latn'],
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    ['de', undefined],
    ['', undefined],
    ['  ', undefined],
  ];
  for (const [tag, expected] of cases) {
    it(`maps "${tag}" to ${expected ?? 'nothing'}`, () => {
      expect(resolveLocale(tag)).to.equal(expected);
    });
  }

  it('accepts null and undefined', () => {
    expect(resolveLocale(null)).to.equal(undefined);
    expect(resolveLocale(undefined)).to.equal(undefined);
  });
});
