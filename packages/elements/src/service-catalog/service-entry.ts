import { resolveLocale, safeUrl, searchKey, type QulayLocale } from '@qulay/core';

/**
 * One service in a catalog's data, as `src` JSON or the `services` property gives it:
 *
 * ```json
 * {
 *   "id": "study-certificate",                       // required, unique
 *   "name": { "uz-Latn": "Oʻqish joyidan maʼlumotnoma", "ru": "…", "en": "…" },  // required
 *   "agency": { "uz-Latn": "…" },
 *   "description": { "uz-Latn": "…" },
 *   "type": "g2c",                                    // g2c | g2b | g2f
 *   "feeBhm": { "individual": 0, "legal": 0.1 },      // multiples of the BHM, or
 *   "feeSum": { "individual": 0 },                    // amounts in soʻm
 *   "term": { "value": 5, "unit": "workingDay" },     // unit: instant | day | workingDay | hour
 *   "channels": ["web", "mobile", "office"],          // "psc" is read as "office"
 *   "proactive": false, "composite": false,
 *   "rating": { "avg": 4.5, "count": 7025 },
 *   "popularity": 7025,                               // for "most used" order; default rating.count
 *   "href": "/services/study-certificate"             // default: the catalog's service-href
 * }
 * ```
 */
export interface ServiceEntry {
  id: string;
  name: Record<string, string>;
  agency: Record<string, string>;
  description: Record<string, string>;
  type?: 'g2c' | 'g2b' | 'g2f';
  feeIndividual?: { bhm?: number; sum?: number };
  feeLegal?: { bhm?: number; sum?: number };
  term?: string;
  termWorkingDays: boolean;
  channels: string[];
  proactive: boolean;
  composite: boolean;
  rating?: number;
  ratingCount?: number;
  popularity: number;
  href?: string;
  free: boolean;
  /** Every name and agency in every language, folded for search. */
  key: string;
}

const texts = (value: unknown): Record<string, string> => {
  if (typeof value === 'string') return { und: value };
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value).filter(([, text]) => typeof text === 'string' && text.trim()) as [string, string][]);
};

const number = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined);

function feeOf(entry: Record<string, unknown>, who: 'individual' | 'legal') {
  const bhm = number((entry.feeBhm as Record<string, unknown> | undefined)?.[who]);
  const sum = number((entry.feeSum as Record<string, unknown> | undefined)?.[who]);
  if (bhm === undefined && sum === undefined) return undefined;
  return bhm !== undefined ? { bhm } : { sum };
}

function termOf(term: unknown): { iso?: string; workingDays: boolean } {
  if (!term || typeof term !== 'object') return { workingDays: false };
  const { value, unit } = term as { value?: unknown; unit?: unknown };
  if (unit === 'instant') return { iso: 'instant', workingDays: false };
  const n = number(value);
  if (n === undefined || !Number.isInteger(n)) return { workingDays: false };
  if (unit === 'day') return { iso: `P${n}D`, workingDays: false };
  if (unit === 'workingDay') return { iso: `P${n}D`, workingDays: true };
  if (unit === 'hour') return { iso: `PT${n}H`, workingDays: false };
  return { workingDays: false };
}

/**
 * Checks one entry and normalises it; returns a reason instead when it cannot be shown.
 * Optional fields that are malformed are dropped quietly: the service still shows.
 */
export function readServiceEntry(raw: unknown): ServiceEntry | string {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return 'it is not an object';
  const entry = raw as Record<string, unknown>;
  if (typeof entry.id !== 'string' || !entry.id.trim()) return 'it has no "id"';
  const name = texts(entry.name);
  if (!Object.keys(name).length) return 'it has no "name"';
  const agency = texts(entry.agency);
  const description = texts(entry.description);
  const type = entry.type === 'g2c' || entry.type === 'g2b' || entry.type === 'g2f' ? entry.type : undefined;
  const feeIndividual = feeOf(entry, 'individual');
  const feeLegal = feeOf(entry, 'legal');
  const { iso, workingDays } = termOf(entry.term);
  const channels = Array.isArray(entry.channels)
    ? [...new Set(entry.channels.map((c) => (c === 'psc' ? 'office' : c)).filter((c) => c === 'web' || c === 'mobile' || c === 'office'))]
    : [];
  const rating = entry.rating as { avg?: unknown; count?: unknown } | undefined;
  const avg = number(rating?.avg);
  const count = number(rating?.count);
  const href = safeUrl(entry.href);
  const fees = [feeIndividual, feeLegal].filter(Boolean) as Array<{ bhm?: number; sum?: number }>;
  return {
    id: entry.id.trim(),
    name,
    agency,
    description,
    type,
    feeIndividual,
    feeLegal,
    term: iso,
    termWorkingDays: workingDays,
    channels,
    proactive: entry.proactive === true,
    composite: entry.composite === true,
    rating: avg !== undefined && avg <= 5 ? avg : undefined,
    ratingCount: count,
    popularity: number(entry.popularity) ?? count ?? 0,
    href,
    free: fees.length > 0 && fees.some((fee) => (fee.bhm ?? fee.sum) === 0),
    key: searchKey([...Object.values(name), ...Object.values(agency)].join(' | ')),
  };
}

/** The text of a field in `locale`, falling back through Uzbek, Russian and English to any. */
export function textIn(texts: Record<string, string>, locale: QulayLocale): { text: string; lang?: string } {
  const order = [locale, 'uz-Latn', 'ru', 'en'];
  for (const wanted of order) {
    const found = Object.entries(texts).find(([lang]) => resolveLocale(lang) === wanted);
    if (found) return { text: found[1], lang: found[0] === locale ? undefined : found[0] };
  }
  const [first] = Object.entries(texts);
  return first ? { text: first[1], lang: first[0] === 'und' ? undefined : first[0] } : { text: '' };
}
