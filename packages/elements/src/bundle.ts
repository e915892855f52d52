/**
 * The single-file build, `qulay.js`: every component registered, with Lit, the kit's core
 * and its translations inside. One `<script type="module">` tag is all a page needs.
 */
export * from '@qulay/core';
export * from './index.js';
import './define/qulay-skip-link.js';
import './define/qulay-listen.js';
import './define/qulay-a11y-panel.js';
import './define/qulay-service-card.js';
import './define/qulay-service-catalog.js';
import './define/qulay-rating.js';
import './define/qulay-feedback.js';
import './define/qulay-login-button.js';
import './define/qulay-login-options.js';
import './define/qulay-form-steps.js';
