export { QulayElement } from './qulay-element.js';
export { VERSION } from './version.js';
export { warnOnce, invalidAttributeMessage } from './warn.js';
export { baseStyles, installTokens, tokensCSS } from './tokens.js';
export {
  allLocales,
  resolveLocale,
  sourceLocale,
  targetLocales,
  type QulayLocale,
} from './locales.js';
export {
  activeLocale,
  localeReady,
  pageLocale,
  requestedPageLanguage,
  startLocalization,
} from './localization.js';
