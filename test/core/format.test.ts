import { expect } from '@open-wc/testing';
import { formatDate, formatDuration, formatNumber, formatSum, parseDuration, pluralCategory } from '@qulay/core';

const nb = '\u00a0';
const date = new Date(2026, 0, 5);

describe('formatting', () => {
  it('formats soʻm with no decimals in every language', () => {
    expect(formatSum(412000, 'uz-Latn')).to.equal(`412${nb}000${nb}soʻm`);
    expect(formatSum(412000, 'uz-Cyrl')).to.equal(`412${nb}000${nb}сўм`);
    expect(formatSum(412000, 'ru')).to.equal(`412${nb}000${nb}сум`);
    expect(formatSum(412000, 'en')).to.equal(`UZS${nb}412,000`);
    expect(formatSum(206000.4, 'kaa-Latn')).to.equal(`206${nb}000${nb}swm`);
    expect(formatSum(Number.NaN, 'en')).to.equal('');
  });

  it('groups numbers the local way, with a decimal comma outside English', () => {
    expect(formatNumber(12480.5, 'uz-Latn')).to.equal(`12${nb}480,5`);
    expect(formatNumber(4.6, 'ru')).to.equal('4,6');
    expect(formatNumber(4.6, 'kaa')).to.equal('4,6');
    expect(formatNumber(12480.5, 'en')).to.equal('12,480.5');
  });

  it('formats dates as dd.MM.yyyy for Uzbek, Karakalpak and Russian', () => {
    for (const lang of ['uz-Latn', 'uz-Cyrl', 'kaa-Latn', 'ru']) expect(formatDate(date, lang), lang).to.equal('05.01.2026');
    expect(formatDate(date, 'en')).to.equal('5 Jan 2026');
    expect(formatDate(new Date('nonsense'), 'en')).to.equal('');
  });

  it('writes long dates with each language\'s own month names', () => {
    expect(formatDate(date, 'uz-Latn', 'long')).to.equal('2026-yil 5-yanvar');
    expect(formatDate(date, 'uz-Cyrl', 'long')).to.equal('2026 йил 5 январь');
    expect(formatDate(date, 'kaa-Latn', 'long')).to.equal('2026-jıl 5-yanvar');
    expect(formatDate(date, 'ru', 'long')).to.equal('5 января 2026 г.');
    expect(formatDate(date, 'en', 'long')).to.equal('5 January 2026');
  });

  it('never formats Karakalpak as English', () => {
    const english = [formatSum(412000, 'en'), formatNumber(1234.5, 'en'), formatDate(date, 'en'), formatDate(date, 'en', 'long'), formatDuration('P5D', 'en', { workingDays: true })];
    const karakalpak = [formatSum(412000, 'kaa'), formatNumber(1234.5, 'kaa'), formatDate(date, 'kaa'), formatDate(date, 'kaa', 'long'), formatDuration('P5D', 'kaa', { workingDays: true })];
    karakalpak.forEach((text, i) => expect(text).to.not.equal(english[i]));
    expect(karakalpak.join(' ')).to.not.match(/January|working|UZS|\d,\d{3}/);
  });

  it('uses the right plural forms', () => {
    expect(['ru-1', 'ru-2', 'ru-5', 'ru-21', 'ru-11'].map((k) => pluralCategory(Number(k.slice(3)), 'ru'))).to.deep.equal(['one', 'few', 'many', 'one', 'many']);
    expect(formatDuration('P1D', 'ru', { workingDays: true })).to.equal(`1${nb}рабочий день`);
    expect(formatDuration('P3D', 'ru', { workingDays: true })).to.equal(`3${nb}рабочих дня`);
    expect(formatDuration('P5D', 'ru', { workingDays: true })).to.equal(`5${nb}рабочих дней`);
    expect(formatDuration('P1D', 'en', { workingDays: true })).to.equal(`1${nb}working day`);
    expect(formatDuration('P5D', 'en', { workingDays: true })).to.equal(`5${nb}working days`);
    expect(formatDuration('P5D', 'uz-Latn', { workingDays: true })).to.equal(`5${nb}ish kuni`);
    expect(formatDuration('P5D', 'uz-Cyrl', { workingDays: true })).to.equal(`5${nb}иш куни`);
    expect(formatDuration('P5D', 'kaa-Latn', { workingDays: true })).to.equal(`5${nb}jumıs kúni`);
    expect(formatDuration('P10D', 'uz-Latn')).to.equal(`10${nb}kun`);
    expect(formatDuration('PT2H30M', 'uz-Latn')).to.equal(`2${nb}soat 30${nb}daqiqa`);
    expect(formatDuration('P1M', 'ru')).to.equal(`1${nb}месяц`);
  });

  it('parses ISO 8601 durations and rejects anything else', () => {
    expect(parseDuration('P5D')).to.include({ days: 5 });
    expect(parseDuration('P1Y2M3W4DT5H6M')).to.deep.equal({ years: 1, months: 2, weeks: 3, days: 4, hours: 5, minutes: 6 });
    for (const bad of ['5 days', 'P', 'PT', 'D5', '', 'P-1D']) expect(parseDuration(bad), bad).to.equal(undefined);
    expect(formatDuration('soon', 'en')).to.equal('');
  });
});
