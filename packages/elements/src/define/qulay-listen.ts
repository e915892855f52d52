import { QulayListen } from '../listen/listen.js';

QulayListen.define('qulay-listen');

declare global {
  interface HTMLElementTagNameMap {
    'qulay-listen': QulayListen;
  }
}
