import { QulayServiceCatalog } from '../service-catalog/service-catalog.js';

QulayServiceCatalog.define('qulay-service-catalog');

declare global {
  interface HTMLElementTagNameMap {
    'qulay-service-catalog': QulayServiceCatalog;
  }
}
