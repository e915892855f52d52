export { QulaySkipLink } from './skip-link/skip-link.js';
export { QulayListen } from './listen/listen.js';
export { QulayA11yPanel, type PanelLanguage } from './a11y-panel/a11y-panel.js';
export { QulayServiceCard } from './service-card/service-card.js';
export { QulayServiceCatalog } from './service-catalog/service-catalog.js';
export { readServiceEntry, type ServiceEntry } from './service-catalog/service-entry.js';
export { QulayRating } from './rating/rating.js';
export { QulayFeedback, type FeedbackSubmission } from './feedback/feedback.js';
export { flushOutbox } from './feedback/feedback-send.js';
