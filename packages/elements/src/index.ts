export { QulaySkipLink } from './skip-link/skip-link.js';
