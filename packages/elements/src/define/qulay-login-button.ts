import { QulayLoginButton } from '../login/login-button.js';

QulayLoginButton.define('qulay-login-button');

declare global {
  interface HTMLElementTagNameMap {
    'qulay-login-button': QulayLoginButton;
  }
}
