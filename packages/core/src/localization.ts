import { configureLocalization, LOCALE_STATUS_EVENT, type LocaleModule } from '@lit/localize';
import { allLocales, resolveLocale, sourceLocale, targetLocales, type QulayLocale } from './locales.js';
import { warnOnce } from './warn.js';
import * as uzLatn from './generated/locales/uz-Latn.js';
import * as uzCyrl from './generated/locales/uz-Cyrl.js';
import * as kaaLatn from './generated/locales/kaa-Latn.js';
import * as ru from './generated/locales/ru.js';

/**
 * The kit's strings follow the page: `data-qulay-lang` on `<html>` when present (it survives
 * in-browser page translation, which rewrites `lang`), otherwise `<html lang>`.
 *
 * The translations are bundled statically: together they weigh a few kilobytes, and a
 * language switch then never shows a flash of English while a file loads.
 */
const templates: Record<string, LocaleModule> = {
  'uz-Latn': uzLatn,
  'uz-Cyrl': uzCyrl,
  'kaa-Latn': kaaLatn,
  ru,
};

interface LocalizationHandle {
  getLocale(): string;
  setLocale(locale: string): Promise<void>;
}

/**
 * @lit/localize may be configured only once per copy of it. When two copies of the kit share
 * one @lit/localize (an npm app that installed two versions of @qulay/core), the first
 * configuration is shared through this global key, so both follow the page.
 */
const sharedKey = Symbol.for('qulay.localization');
type SharedGlobal = typeof globalThis & { [sharedKey]?: LocalizationHandle | null };

let handle: LocalizationHandle | null | undefined;

function configure(): LocalizationHandle | null {
  const shared = globalThis as SharedGlobal;
  if (shared[sharedKey] !== undefined) return shared[sharedKey];
  let result: LocalizationHandle | null;
  try {
    result = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => Promise.resolve(templates[locale]),
    });
  } catch {
    warnOnce(
      undefined,
      '@lit/localize was already configured by another library on this page, so Qulay shows its built-in English strings.',
    );
    result = null;
  }
  shared[sharedKey] = result;
  return result;
}

/** The language the page asks for: `data-qulay-lang`, else `lang` on `<html>`. */
export function requestedPageLanguage(root: Element = document.documentElement): string {
  return root.getAttribute('data-qulay-lang') || root.getAttribute('lang') || '';
}

/** The shipped locale for the page, falling back to English with one warning. */
export function pageLocale(root: Element = document.documentElement): QulayLocale {
  const requested = requestedPageLanguage(root);
  const locale = resolveLocale(requested);
  if (locale) return locale;
  if (requested) {
    warnOnce(
      undefined,
      `the page language "${requested}" is not supported; supported: ${allLocales.join(', ')} (and uz, oz, kaa, ru-RU, …). Showing English.`,
    );
  }
  return sourceLocale;
}

function applyPageLocale(): Promise<void> {
  if (!handle) return Promise.resolve();
  return handle.setLocale(pageLocale());
}

/**
 * Starts following the page language. Called by every Qulay element when it connects;
 * only the first call does anything. Returns a promise that settles when the page's
 * locale is active.
 */
export function startLocalization(): Promise<void> {
  if (handle === undefined) {
    handle = configure();
    if (handle && typeof MutationObserver !== 'undefined') {
      new MutationObserver(() => void applyPageLocale()).observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['lang', 'data-qulay-lang'],
      });
    }
  }
  return applyPageLocale();
}

/** The locale the kit's strings are shown in right now. */
export function activeLocale(): QulayLocale {
  return (resolveLocale(handle?.getLocale()) ?? sourceLocale) as QulayLocale;
}

/**
 * Resolves when the kit's strings are in `locale` (or immediately if they already are).
 * Tests and pages that switch language programmatically await this before reading text.
 */
export function localeReady(locale: QulayLocale = pageLocale()): Promise<void> {
  if (!handle || handle.getLocale() === locale) return Promise.resolve();
  return new Promise((resolve) => {
    const onStatus = (event: Event) => {
      const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
      if (detail.status === 'ready' && detail.readyLocale === locale) {
        window.removeEventListener(LOCALE_STATUS_EVENT, onStatus);
        resolve();
      }
    };
    window.addEventListener(LOCALE_STATUS_EVENT, onStatus);
  });
}
