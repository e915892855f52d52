import { property } from 'lit/decorators.js';
import { QulayElement } from '@qulay/core';

/**
 * One step of a `<qulay-form-steps>` application: a group of the agency's own labels and
 * native inputs. Without JavaScript, it is just a part of one long form.
 *
 * @summary One step of a multi-step application.
 *
 * @tagname qulay-form-step
 *
 * @slot - The step's labels, hints and native inputs (light DOM).
 *
 * @cssprop --qulay-space-4 - Space under the step heading.
 */
export class QulayFormStep extends QulayElement {
  /** The step's heading, shown as "Step 2 of 4: Contact details". */
  @property() heading = '';
  /** The "Check your answers" step; must be the last one. */
  @property({ type: Boolean, reflect: true }) review = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render() {
    // The step's content is the agency's; `<qulay-form-steps>` adds the heading and errors.
    return null;
  }
}
