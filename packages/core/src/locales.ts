/** The languages the kit ships. English is the source. */
export const sourceLocale = 'en';
export const targetLocales = ['uz-Latn', 'uz-Cyrl', 'kaa-Latn', 'ru'] as const;
export const allLocales = [sourceLocale, ...targetLocales] as const;
export type QulayLocale = (typeof allLocales)[number];

/**
 * Maps any BCP 47 tag a page may carry to a shipped locale, or undefined when the kit
 * does not speak that language. Accepts the portal's own `oz` (Uzbek Latin), region
 * subtags (`uz-UZ`, `ru-RU`) and any letter case.
 */
export function resolveLocale(tag: string | null | undefined): QulayLocale | undefined {
  if (!tag) return undefined;
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  const [language] = parts;
  const script = parts.find((part) => part.length === 4);
  switch (language) {
    case 'en':
      return 'en';
    case 'ru':
      return 'ru';
    case 'oz':
      return 'uz-Latn';
    case 'uz':
      return script === 'cyrl' ? 'uz-Cyrl' : 'uz-Latn';
    case 'kaa':
      return 'kaa-Latn';
    default:
      return undefined;
  }
}
