import { QulayFeedback } from '../feedback/feedback.js';

QulayFeedback.define('qulay-feedback');

declare global {
  interface HTMLElementTagNameMap {
    'qulay-feedback': QulayFeedback;
  }
}
