import { resolveLocale, type QulayLocale } from './locales.js';
import { activeLocale } from './localization.js';

/**
 * Formatting every component shares. Browsers cannot be trusted here: Karakalpak has no
 * locale data at all (Intl formats `kaa` as en-US), and some builds lack Uzbek Latin data
 * (`412,000.5`, `2026-01-05`). So numbers and dates are assembled from small tables of our
 * own, the same in every browser: Uzbek and Karakalpak group digits with a no-break space and
 * use a decimal comma, as Russian does; English keeps `412,000.5`.
 *
 * Karakalpak words below were drafted by the Qulay team and need review by a native speaker.
 */

const nbsp = '\u00a0';

function localeOf(locale?: string): QulayLocale {
  return (locale && resolveLocale(locale)) || activeLocale();
}

/** A number in the locale's digits grouping: `412 000,5` (uz, kaa, ru) or `412,000.5` (en). */
export function formatNumber(value: number, locale?: string, options: { maximumFractionDigits?: number; minimumFractionDigits?: number } = {}): string {
  if (!Number.isFinite(value)) return '';
  const lang = localeOf(locale);
  const parts = new Intl.NumberFormat('en', {
    maximumFractionDigits: options.maximumFractionDigits ?? 2,
    minimumFractionDigits: options.minimumFractionDigits ?? 0,
  }).formatToParts(value);
  if (lang === 'en') return parts.map((p) => p.value).join('');
  return parts
    .map((part) => (part.type === 'group' ? nbsp : part.type === 'decimal' ? ',' : part.value))
    .join('');
}

const sumUnits: Record<Exclude<QulayLocale, 'en'>, string> = {
  'uz-Latn': 'soʻm',
  'uz-Cyrl': 'сўм',
  'kaa-Latn': 'swm',
  ru: 'сум',
};

/** An amount in Uzbek soʻm, never with decimals: `412 000 soʻm`, `412 000 сўм`, `412 000 сум`, `UZS 412,000`. */
export function formatSum(amount: number, locale?: string): string {
  if (!Number.isFinite(amount)) return '';
  const lang = localeOf(locale);
  const number = formatNumber(Math.round(amount), lang, { maximumFractionDigits: 0 });
  return lang === 'en' ? `UZS${nbsp}${number}` : `${number}${nbsp}${sumUnits[lang]}`;
}

const monthNames: Record<QulayLocale, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  'uz-Latn': ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentabr', 'oktabr', 'noyabr', 'dekabr'],
  'uz-Cyrl': ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  'kaa-Latn': ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avgust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
};

/** Month names of a locale (genitive in Russian, as dates use them). */
export function months(locale?: string): readonly string[] {
  return monthNames[localeOf(locale)];
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A calendar date. `short`: `05.01.2026` (uz, kaa, ru), `5 Jan 2026` (en).
 * `long`: `2026-yil 5-yanvar`, `2026 йил 5 январь`, `2026-jıl 5-yanvar`, `5 января 2026 г.`, `5 January 2026`.
 */
export function formatDate(date: Date, locale?: string, style: 'short' | 'long' = 'short'): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return '';
  const lang = localeOf(locale);
  const [d, m, y] = [date.getDate(), date.getMonth(), date.getFullYear()];
  const month = monthNames[lang][m];
  if (style === 'short') {
    return lang === 'en' ? `${d} ${month.slice(0, 3)} ${y}` : `${pad(d)}.${pad(m + 1)}.${y}`;
  }
  switch (lang) {
    case 'uz-Latn':
      return `${y}-yil ${d}-${month}`;
    case 'uz-Cyrl':
      return `${y} йил ${d} ${month}`;
    case 'kaa-Latn':
      return `${y}-jıl ${d}-${month}`;
    case 'ru':
      return `${d} ${month} ${y} г.`;
    default:
      return `${d} ${month} ${y}`;
  }
}

export type PluralCategory = 'one' | 'few' | 'many' | 'other';

/**
 * The plural category of `n`. Uzbek and Karakalpak nouns stay singular after a numeral
 * ("5 kun"), so they have one form; Russian has one/few/many; English one/other.
 */
export function pluralCategory(n: number, locale?: string): PluralCategory {
  const lang = localeOf(locale);
  if (lang === 'ru') return new Intl.PluralRules('ru').select(n) as PluralCategory;
  if (lang === 'en') return n === 1 ? 'one' : 'other';
  return 'other';
}

/** Word forms by plural category; a missing category falls back to `other`. */
type Forms = Partial<Record<PluralCategory, string>> & { other: string };

/** Picks the word form for `n` and joins it to the formatted number. */
export function formatCount(n: number, forms: Record<QulayLocale, Forms>, locale?: string): string {
  const lang = localeOf(locale);
  const table = forms[lang];
  const word = table[pluralCategory(n, lang)] ?? table.other;
  return `${formatNumber(n, lang)}${nbsp}${word}`;
}

const units = {
  years: { en: { one: 'year', other: 'years' }, 'uz-Latn': { other: 'yil' }, 'uz-Cyrl': { other: 'йил' }, 'kaa-Latn': { other: 'jıl' }, ru: { one: 'год', few: 'года', many: 'лет', other: 'года' } },
  months: { en: { one: 'month', other: 'months' }, 'uz-Latn': { other: 'oy' }, 'uz-Cyrl': { other: 'ой' }, 'kaa-Latn': { other: 'ay' }, ru: { one: 'месяц', few: 'месяца', many: 'месяцев', other: 'месяца' } },
  weeks: { en: { one: 'week', other: 'weeks' }, 'uz-Latn': { other: 'hafta' }, 'uz-Cyrl': { other: 'ҳафта' }, 'kaa-Latn': { other: 'hápte' }, ru: { one: 'неделя', few: 'недели', many: 'недель', other: 'недели' } },
  days: { en: { one: 'day', other: 'days' }, 'uz-Latn': { other: 'kun' }, 'uz-Cyrl': { other: 'кун' }, 'kaa-Latn': { other: 'kún' }, ru: { one: 'день', few: 'дня', many: 'дней', other: 'дня' } },
  workingDays: { en: { one: 'working day', other: 'working days' }, 'uz-Latn': { other: 'ish kuni' }, 'uz-Cyrl': { other: 'иш куни' }, 'kaa-Latn': { other: 'jumıs kúni' }, ru: { one: 'рабочий день', few: 'рабочих дня', many: 'рабочих дней', other: 'рабочего дня' } },
  hours: { en: { one: 'hour', other: 'hours' }, 'uz-Latn': { other: 'soat' }, 'uz-Cyrl': { other: 'соат' }, 'kaa-Latn': { other: 'saat' }, ru: { one: 'час', few: 'часа', many: 'часов', other: 'часа' } },
  minutes: { en: { one: 'minute', other: 'minutes' }, 'uz-Latn': { other: 'daqiqa' }, 'uz-Cyrl': { other: 'дақиқа' }, 'kaa-Latn': { other: 'minut' }, ru: { one: 'минута', few: 'минуты', many: 'минут', other: 'минуты' } },
} satisfies Record<string, Record<QulayLocale, Forms>>;

export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
}

/** Parses an ISO 8601 duration (`P5D`, `P1M2D`, `PT2H30M`); undefined when it is not one. */
export function parseDuration(value: string): Duration | undefined {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(value?.trim() ?? '');
  if (!match || value.trim() === 'P' || value.trim().endsWith('T')) return undefined;
  const [years, months, weeks, days, hours, minutes] = match.slice(1).map((part) => Number(part ?? 0));
  return { years, months, weeks, days, hours, minutes };
}

/**
 * A duration in words: `5 working days`, `5 ish kuni`, `5 рабочих дней`, `2 soat 30 daqiqa`.
 * With `workingDays`, days are counted as working days.
 */
export function formatDuration(duration: Duration | string, locale?: string, options: { workingDays?: boolean } = {}): string {
  const value = typeof duration === 'string' ? parseDuration(duration) : duration;
  if (!value) return '';
  const lang = localeOf(locale);
  const pieces: string[] = [];
  const add = (n: number, forms: Record<QulayLocale, Forms>) => {
    if (n > 0) pieces.push(formatCount(n, forms, lang));
  };
  add(value.years, units.years);
  add(value.months, units.months);
  add(value.weeks, units.weeks);
  add(value.days, options.workingDays ? units.workingDays : units.days);
  add(value.hours, units.hours);
  add(value.minutes, units.minutes);
  return pieces.join(' ');
}
