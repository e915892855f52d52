import { QulayServiceCard } from '../service-card/service-card.js';
import './qulay-listen.js';

QulayServiceCard.define('qulay-service-card');

declare global {
  interface HTMLElementTagNameMap {
    'qulay-service-card': QulayServiceCard;
  }
}
