import { expect } from '@open-wc/testing';
import { compareUzbek, cyrillicToLatinUzbek, latinToCyrillicUzbek, normalizeUzbek, searchKey } from '@qulay/core';

describe('Uzbek text tools', () => {
  it('normalises every typed apostrophe after o and g to U+02BB, others to U+02BC', () => {
    for (const typed of ["o'qish", 'o`qish', 'o\u2018qish', 'o\u2019qish', 'o\u02bcqish']) {
      expect(normalizeUzbek(typed), typed).to.equal('o\u02bbqish');
    }
    expect(normalizeUzbek("G'ulom")).to.equal('G\u02bbulom');
    expect(normalizeUzbek("ma'lumot")).to.equal('ma\u02bclumot');
    expect(normalizeUzbek('ta\u2019lim')).to.equal('ta\u02bclim');
    expect(normalizeUzbek("it's 'quoted'")).to.equal("it\u02bcs 'quoted'");
  });

  it('joins a decomposed Karakalpak ǵ into U+01F5', () => {
    expect(normalizeUzbek('g\u0301')).to.equal('\u01f5');
  });

  it('transliterates Uzbek Cyrillic to Latin', () => {
    expect(cyrillicToLatinUzbek('Ўқиш жойидан маълумотнома')).to.equal('O\u02bbqish joyidan ma\u02bclumotnoma');
    expect(cyrillicToLatinUzbek('Ғалла ва шаҳар')).to.equal('G\u02bballa va shahar');
    expect(cyrillicToLatinUzbek('Ер ва елка')).to.equal('Yer va yelka');
    expect(cyrillicToLatinUzbek('ШАҲАР')).to.equal('SHAHAR');
    expect(cyrillicToLatinUzbek('Шаҳар')).to.equal('Shahar');
  });

  it('transliterates Uzbek Latin to Cyrillic', () => {
    expect(latinToCyrillicUzbek("O'qish joyidan ma'lumotnoma")).to.equal('Ўқиш жойидан маълумотнома');
    expect(latinToCyrillicUzbek('Shahar va choy')).to.equal('Шаҳар ва чой');
    expect(latinToCyrillicUzbek('Yer')).to.equal('Ер');
  });

  it('gives one search key for every spelling and script', () => {
    const key = searchKey('Oʻqish joyidan maʼlumotnoma');
    expect(key).to.equal('oqish joyidan malumotnoma');
    for (const query of ['oqish', "o'qish", 'o‘qish', 'ўқиш', 'Ўқиш']) expect(key, query).to.contain(searchKey(query));
    expect(searchKey('Oqıw ornınan maǵlıwmatnama')).to.equal('oqiw orninan maglıwmatnama'.replace('ı', 'i'));
  });

  it('sorts by the Uzbek alphabet: oʻ, gʻ, sh and ch after z', () => {
    const words = ['Choy', 'Zamon', 'Oʻqish', 'Shahar', 'Gʻalla', 'Ota', 'Gul', 'Avval'];
    expect([...words].sort(compareUzbek)).to.deep.equal(['Avval', 'Gul', 'Ota', 'Zamon', 'Oʻqish', 'Gʻalla', 'Shahar', 'Choy']);
  });
});
