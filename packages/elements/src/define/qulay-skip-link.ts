import { QulaySkipLink } from '../skip-link/skip-link.js';

QulaySkipLink.define('qulay-skip-link');

declare global {
  interface HTMLElementTagNameMap {
    'qulay-skip-link': QulaySkipLink;
  }
}
