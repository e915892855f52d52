import { QulayLoginOptions } from '../login/login-options.js';
import './qulay-login-button.js';

QulayLoginOptions.define('qulay-login-options');

declare global {
  interface HTMLElementTagNameMap {
    'qulay-login-options': QulayLoginOptions;
  }
}
