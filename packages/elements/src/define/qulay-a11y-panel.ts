import { QulayA11yPanel } from '../a11y-panel/a11y-panel.js';

QulayA11yPanel.define('qulay-a11y-panel');

declare global {
  interface HTMLElementTagNameMap {
    'qulay-a11y-panel': QulayA11yPanel;
  }
}
