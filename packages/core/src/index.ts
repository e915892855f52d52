export { QulayElement } from './qulay-element.js';
export { VERSION } from './version.js';
export { warnOnce, invalidAttributeMessage, quotedValue } from './warn.js';
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
export {
  defaultPreferences,
  getPreferences,
  modeAttributes,
  PreferenceStore,
  storageKey as preferencesStorageKey,
  validatePreferences,
  type PreferenceListener,
  type Preferences,
} from './preferences.js';
export { announce, announcements } from './announcer.js';
export {
  formatCount,
  formatDate,
  formatDuration,
  formatNumber,
  formatSum,
  months,
  parseDuration,
  pluralCategory,
  type Duration,
  type PluralCategory,
} from './format.js';
export { compareUzbek, cyrillicToLatinUzbek, latinToCyrillicUzbek, normalizeUzbek, searchKey } from './text.js';
export {
  currentSpeechProvider,
  highlightNames,
  loadSpeechEngine,
  pickVoice,
  ReadAloudController,
  useSpeechSynthesis,
  type ReadAloudOptions,
  type SpeechProvider,
  type ReadAloudState,
} from './read-aloud.js';
export { collectReadingRuns, rangeFor, splitSentences, type FieldWords, type ReadingRun, type ReadingSentence } from './reading-text.js';
export { ModeController, type MarkupModes } from './mode-controller.js';
export { calculatePKCECodeChallenge, completeSignIn, SignInError, startSignIn, type SignInErrorCode, type SignInRequest } from './sign-in.js';
export { safeUrl } from './safe-url.js';
export { hideFallback, setHidden } from './hide.js';
export { QulayFormControl, requiredValidator, type ValidationFailure, type Validator } from './form-control.js';
