import { msg } from '@lit/localize';
import { announce, type QulayElement } from '@qulay/core';
import type { QulayFormStep } from './form-step.js';
import type { StepsChrome } from './chrome.js';
import type { DraftStore } from './drafts.js';
import type { ErrorDisplay } from './error-summary.js';
import type { ErrorState } from './errors.js';
import type { Field } from './fields.js';
import type { Paging } from './paging.js';
import { agencyRules, firstFailingStep, type FieldError } from './validation.js';

/** The component's public side, as a submission uses it: events, warnings, `show()` and `validateStep()`. */
export type SubmissionHost = Pick<QulayElement, 'emit' | 'warn' | 'warnInvalid'> & {
  show(index: number, options?: { push?: boolean; focus?: boolean }): void;
  validateStep(): FieldError[];
};

/** The parts of the component a submission works on, all in place once the form is set up. */
export interface SubmissionParts {
  form: HTMLFormElement;
  steps: QulayFormStep[];
  paging: Paging;
  chrome: StepsChrome;
  drafts?: DraftStore;
  problems: ErrorState;
  errors: ErrorDisplay;
}

/** The component's drawing, which stays private: the errors that stand, and the navigation. */
export interface SubmissionView {
  /** Shows the errors that stand: by the fields of the step on screen, all in the summary. */
  displayErrors(options: { focus: boolean }): void;
  /** Draws the navigation again: the Submit button reads "Sending…" and is `aria-disabled` while busy. */
  renderChrome(): void;
}

/**
 * What the form's one submit button does, and the sending that follows. Continue checks what is
 * on screen and moves on; on the last step, Submit checks every step again. A JavaScript
 * submission keeps the form busy (`aria-busy`, an `aria-disabled` "Sending…" button that keeps
 * focus) until `setErrors()`, `fail()` or `complete()`, whose confirmation replaces the form.
 * While busy or once done, every submit stays on the page: nothing is sent twice. After a native
 * submission, further submits are refused and no draft is saved until the page returns from the
 * back/forward cache.
 */
export class Submission {
  private sending = false;
  private done = false;
  private leaving = false;

  constructor(
    private readonly host: SubmissionHost,
    private readonly parts: SubmissionParts,
    private readonly view: SubmissionView,
  ) {}

  /** True while a JavaScript submission is under way. */
  get busy(): boolean {
    return this.sending;
  }

  /** True once the confirmation has replaced the form. */
  get completed(): boolean {
    return this.done;
  }

  /** True after a native submission left for the server, until the page returns from the back/forward cache. */
  get sentNatively(): boolean {
    return this.leaving;
  }

  /** The page came back from the back/forward cache (`pageshow` with `persisted`): it may be sent again. */
  returned(): void {
    this.leaving = false;
  }

  /** The form's submit event: Continue or Submit pressed, or Enter in a field. */
  onSubmit(event: SubmitEvent): void {
    // Only a valid native submission leaves the page: every other outcome stays (preventDefault first).
    if (this.sending || this.done || this.leaving || !this.moveOn() || !this.everyStepValid()) return event.preventDefault();
    const { form, drafts } = this.parts;
    // Busy before the agency hears of it, with what the last try failed with gone: a handler
    // that ends the submission at once (fail() when offline) ends it for good, never to be set busy after.
    this.setSending(true);
    this.view.displayErrors({ focus: false });
    // The agency may take over (a JavaScript submission)…
    if (!this.host.emit('qulay-submit', { form, formData: new FormData(form) }, { cancelable: true })) return event.preventDefault();
    // …or the native form submits: a second press during a slow POST must not send it again,
    // and the draft has served its purpose (typing now would only invite sending it twice).
    if (this.sending) this.setSending(false);
    this.leaving = true;
    drafts?.forget();
    // A page script listening after the kit may still stop it; then the form has not left.
    setTimeout(() => {
      if (event.defaultPrevented) this.leaving = false;
    });
  }

  /** Continue: checks what is on screen and moves on. True on a valid last step: time to submit. */
  private moveOn(): boolean {
    const { paging, problems } = this.parts;
    const errors = this.host.validateStep();
    if (errors.length) {
      problems.step = errors;
      this.view.displayErrors({ focus: true });
      return false;
    }
    problems.answered(paging.checkedFields());
    const next = paging.advance();
    if (next.to === 'submit') return true;
    this.host.show(next.to === 'step' ? next.step : paging.step, { push: next.to === 'step' });
    return false;
  }

  /** Submit: every step again, in order, since a URL or a draft may have skipped some. The first that fails is shown. */
  private everyStepValid(): boolean {
    const { steps, paging, problems } = this.parts;
    const failed = firstFailingStep(steps, (i) => agencyRules(this.host, i));
    if (failed) {
      paging.passed.delete(failed.index);
      this.host.show(failed.index, { focus: false });
      // After show(): a new step on screen starts without the previous step's errors.
      problems.step = failed.errors;
      this.showErrorsFrom(failed.errors[0].field);
      return false;
    }
    problems.clear();
    return true;
  }

  /** Shows the errors, focusing the summary, with the question of `field` on screen. */
  private showErrorsFrom(field: Field): void {
    if (this.parts.paging.showQuestionOf(field)) this.view.renderChrome();
    this.view.displayErrors({ focus: true });
  }

  private setSending(sending: boolean): void {
    this.sending = sending;
    if (sending) this.parts.form.setAttribute('aria-busy', 'true');
    else this.parts.form.removeAttribute('aria-busy');
    this.view.renderChrome();
  }

  /** The server refused the submission: see `QulayFormSteps.setErrors()`. */
  setErrors(errors: Record<string, string>): void {
    if (this.done) return;
    const { form, paging, problems } = this.parts;
    this.setSending(false);
    const { found, unknown } = problems.fromServer(form, (field) => paging.stepOf(field) >= 0, errors);
    if (unknown.length) this.host.warn(`setErrors() names fields that are in no step of this form: ${unknown.join(', ')}. They are left out.`);
    // Nothing to show by a field is still a failure: the citizen hears it, never silence.
    if (!found.length) return this.fail();
    problems.general = '';
    for (const { field } of found) paging.passed.delete(paging.stepOf(field));
    // The server's errors are in page order: the first is on the first step that has one.
    this.host.show(paging.stepOf(found[0].field), { focus: false });
    this.showErrorsFrom(found[0].field);
  }

  /** The submission failed as a whole (offline, a server error): see `QulayFormSteps.fail()`. */
  fail(message?: unknown): void {
    if (this.done) return;
    let text = typeof message === 'string' ? message.trim() : '';
    if (message !== undefined && message !== null && typeof message !== 'string') {
      this.host.warnInvalid('fail() message', typeof message === 'object' ? 'an object' : message, 'a string', "the kit's message");
    }
    this.parts.problems.generalAgain = text ? undefined : couldNotSend;
    text ||= couldNotSend();
    this.setSending(false);
    this.parts.problems.general = text;
    this.view.displayErrors({ focus: true });
    // Focus lands on the summary, which is named "There is a problem": the message itself is announced.
    announce(text, { assertive: true });
  }

  /** The server accepted the submission: see `QulayFormSteps.complete()`. */
  complete(options: { reference?: string } | undefined): void {
    if (this.done) return;
    // The page may pass anything: a number reads as itself, anything else is no reference.
    let reference: unknown = options?.reference;
    if (reference !== undefined && typeof reference !== 'string' && typeof reference !== 'number') {
      this.host.warnInvalid('reference', reference, 'a string', 'no reference');
      reference = undefined;
    }
    const { form, chrome, drafts, problems, errors } = this.parts;
    this.setSending(false);
    this.done = true;
    drafts?.forget();
    problems.clear();
    errors.clear(form);
    chrome.confirm(reference === undefined || reference === '' ? undefined : String(reference));
  }
}

/** The general message of a failed submission. */
export function couldNotSend(): string {
  return msg('Your application could not be sent. Everything you entered is kept. Try again.');
}
