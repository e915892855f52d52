import { QulayRating } from '../rating/rating.js';

QulayRating.define('qulay-rating');

declare global {
  interface HTMLElementTagNameMap {
    'qulay-rating': QulayRating;
  }
}
