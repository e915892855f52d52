import { html, nothing, type ComplexAttributeConverter, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { pageLocale, resolveLocale, safeUrl, type QulayElement } from '@qulay/core';

/** One entry of the language switch. */
export interface PanelLanguage {
  lang: string;
  href: string;
  label: string;
}

/**
 * The `languages` attribute is JSON; it is parsed into the property of the same name, so a
 * framework that sets the property (React 19, Vue 3) and a page that writes the attribute
 * reach the same place. Text that is not JSON is kept as text, so the element can warn.
 */
export const languagesConverter: ComplexAttributeConverter<unknown> = {
  fromAttribute(value: string | null): unknown {
    if (value === null || !value.trim()) return [];
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  },
};

/** A value as a warning shows it; never throws (a property may hold anything, even a cycle). */
function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The panel, which names itself in the warnings and holds the attribute as the page wrote it. */
type Reporter = Pick<QulayElement, 'warn' | 'warnInvalid' | 'getAttribute'>;

/**
 * The valid entries of a `languages` value. A value that is not an array gives one warning
 * and no switch; an entry with a missing field or a refused link is left out with its own
 * warning, so one typo costs one language, not the switch.
 */
export function readLanguages(value: unknown, reporter: Reporter): PanelLanguage[] {
  if (value === undefined || value === null || value === '') return [];
  let parsed: unknown = value;
  // A framework without property support may still hand over the JSON text.
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value) as unknown;
    } catch {
      // Reported below as not an array.
    }
  }
  if (!Array.isArray(parsed)) {
    const shown = typeof value === 'string' ? value : (reporter.getAttribute('languages') ?? describe(value));
    reporter.warnInvalid('languages', shown, 'a JSON array of {"lang", "href", "label"}', 'no language switch');
    return [];
  }
  const valid: PanelLanguage[] = [];
  for (const entry of parsed as Array<Partial<Record<keyof PanelLanguage, unknown>> | null>) {
    const href = safeUrl(entry?.href);
    if (entry && typeof entry.lang === 'string' && typeof entry.label === 'string' && href) valid.push({ lang: entry.lang, label: entry.label, href });
    else reporter.warn(`languages: the entry ${describe(entry)} needs a "lang", a "label" and an http(s) or relative "href"; it is left out.`);
  }
  return valid;
}

/**
 * The language switch: a list of links (never flags), each label in its own language with
 * `lang` and `hreflang`, the page's own language marked as the current page.
 */
export function languageSwitch(languages: readonly PanelLanguage[]): TemplateResult | typeof nothing {
  if (!languages.length) return nothing;
  const current = pageLocale();
  return html`<nav part="languages" class="languages" aria-label=${msg('Language', { desc: 'Name of the language switch navigation.' })}>
    <ul>
      ${languages.map(
        (item) => html`<li>
          <a href=${item.href} lang=${item.lang} hreflang=${item.lang} aria-current=${resolveLocale(item.lang) === current ? 'page' : nothing}
            >${item.label}</a
          >
        </li>`,
      )}
    </ul>
  </nav>`;
}
