import { QulayFormStep } from '../form-steps/form-step.js';
import { QulayFormSteps } from '../form-steps/form-steps.js';

QulayFormStep.define('qulay-form-step');
QulayFormSteps.define('qulay-form-steps');

declare global {
  interface HTMLElementTagNameMap {
    'qulay-form-step': QulayFormStep;
    'qulay-form-steps': QulayFormSteps;
  }
}
