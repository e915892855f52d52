import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { ModeController, QulayElement, announce, formatNumber, setHidden } from '@qulay/core';
import { QulayFormStep } from './form-step.js';
import { QulayListen } from '../listen/listen.js';
import { formStepsStyles } from './form-steps.styles.js';
import { StepsChrome } from './chrome.js';
import { DraftStore } from './drafts.js';
import { ErrorDisplay } from './error-summary.js';
import { labelElement, sendWithoutSpaces, type Field } from './fields.js';
import { ErrorState } from './errors.js';
import { checkMarkup, pushStep, stepFromUrl } from './markup.js';
import { Paging } from './paging.js';
import { QuestionPager } from './questions.js';
import { answers, renderReview } from './review.js';
import { checkFields, firstFailingStep, type AgencyRules, type FieldError } from './validation.js';

let instances = 0;

/**
 * Wraps the agency's own native `<form>` of `<qulay-form-step>` sections. Without JavaScript
 * it is one long form that submits; with it, one step at a time, with Back and Continue,
 * validation when the user continues or submits (never on blur), an error summary that takes
 * focus, messages above each field, "Error: " in the page title, and the browser's back and
 * forward buttons moving between steps. Submit checks every step again; after `complete()` a
 * confirmation panel replaces the form.
 *
 * @summary A multi-step application around the agency's own form.
 *
 * @tagname qulay-form-steps
 *
 * @slot - A `<form>` holding `<qulay-form-step>` elements. Its own submit buttons serve the form without JavaScript and are hidden.
 *
 * @cssprop --qulay-color-danger - Colour of errors.
 * @cssprop --qulay-color-success - Border of the confirmation panel and the restore notice.
 *
 * @fires qulay-validate - When a step is checked, cancelable. `detail.step` is its index; `detail.setError(field, message)` adds an error (a field element, native or form-associated, or a name). Cancel it to skip the kit's own checks for that step.
 * @fires qulay-step-change - After the visible step changed; `detail.index`.
 * @fires qulay-submit - When every step is valid, cancelable; `detail.formData`. Cancel it to submit with JavaScript, then call `complete({ reference })` or `setErrors({ name: message })`.
 */
export class QulayFormSteps extends QulayElement {
  static override lightStyles = formStepsStyles;
  static override dependencies = { 'qulay-listen': QulayListen, 'qulay-form-step': QulayFormStep };

  private readonly modes = new ModeController(this);

  /**
   * Saves what the citizen types in `sessionStorage` under this key, and restores it after a
   * reload, a crash or a return from another page. Never saved: passwords, files, one-time
   * codes and fields marked `data-qulay-no-draft`.
   */
  @property({ attribute: 'draft-key' }) draftKey?: string;

  /** The visible step (0-based). Setting it shows that step, like `show(index)`; it never marks a step completed. */
  get index(): number {
    return this.paging?.step ?? this.requestedIndex ?? 0;
  }
  set index(value: number) {
    if (!Number.isInteger(value)) this.warnInvalid('index', value, `a whole number from 0 to ${Math.max(0, this.steps.length - 1)}`, 'the current step');
    else if (this.paging) this.show(value);
    else this.requestedIndex = value;
  }

  /** True while a JavaScript submission is under way. Read-only: `complete()` or `setErrors()` end it. */
  get busy(): boolean {
    return this.sending;
  }
  set busy(_value: boolean) {
    this.warn('busy is read-only; call complete() or setErrors() to end a submission.');
  }

  /** In the simplified layout, the question shown within the step, 0-based. Read-only. */
  get question(): number {
    return this.paging?.question ?? 0;
  }
  set question(_value: number) {
    this.warn('question is read-only; the citizen moves between questions with Continue and Back.');
  }

  /** True once `complete()` was called: the confirmation has replaced the form. */
  get completed(): boolean {
    return this.done;
  }

  private requestedIndex?: number;
  private sending = false;
  private done = false;
  private simplifiedShown = false;
  private form?: HTMLFormElement;
  private steps: QulayFormStep[] = [];
  private paging?: Paging;
  private chrome?: StepsChrome;
  private drafts?: DraftStore;
  private readonly problems = new ErrorState();
  private readonly pager = new QuestionPager();
  private readonly errors = new ErrorDisplay(`qulay-steps-${++instances}`, (field) => this.goToField(field));
  private readonly onPopState = () => {
    if (!this.done) this.show(stepFromUrl(this.steps.length), { push: false });
  };

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render() {
    // The form is the agency's; the kit's chrome is rendered into containers of its own.
    return null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.setUp(), { once: true });
    else queueMicrotask(() => this.setUp());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  protected override updated(): void {
    // The simplified layout was switched on or off: show the step again in the new layout.
    if (this.paging && !this.done && this.simplifiedShown !== this.modes.modes.simplified) {
      this.paging.question = 0;
      this.show(this.paging.step, { push: false, focus: false });
    }
  }

  /** Finds the form and its steps, checks the markup, and shows the step the URL names. */
  private setUp(): void {
    if (this.form || !this.isConnected) return;
    const form = this.querySelector('form');
    if (!form) {
      this.warn('contains no <form>; accepted: a native <form> holding <qulay-form-step> elements. It stays as it is.');
      return;
    }
    const steps = [...form.querySelectorAll<QulayFormStep>('qulay-form-step')];
    if (!steps.length) return;
    this.form = form;
    this.steps = steps;
    checkMarkup(steps, (message) => this.warn(message));
    this.errors.start();
    form.noValidate = true;
    form.addEventListener('submit', (event) => this.onSubmit(event));
    form.addEventListener('formdata', (event) => sendWithoutSpaces(form, event.formData));
    this.chrome = new StepsChrome(form, steps);
    this.chrome.build();
    this.paging = new Paging(steps, () => this.modes.modes.simplified);
    let restored: { step: number; count: number } | undefined;
    if (this.draftKey) {
      this.drafts = new DraftStore(this.draftKey, form, (message) => this.warn(message));
      restored = this.drafts.restore();
      const save = () => !this.done && this.drafts?.schedule(this.index);
      form.addEventListener('input', save);
      form.addEventListener('change', save);
    }
    // A hash or a draft chooses the step on screen; neither marks a step as completed.
    this.show(this.requestedIndex ?? (location.hash ? stepFromUrl(steps.length) : (restored?.step ?? 0)), { push: false, focus: false });
    if (restored?.count) this.chrome.showNotice(msg('We restored what you entered.'));
  }

  private stepOf(field: Element): number {
    return this.steps.findIndex((step) => step.contains(field));
  }

  /** Shows step `index`; by default records it in history, focuses its heading and announces it. */
  show(index: number, { push = true, focus = true } = {}): void {
    const { paging, chrome } = this;
    if (!paging || !chrome || this.done) return;
    if (paging.moveTo(index)) this.problems.step = [];
    this.steps.forEach((step, i) => setHidden(step, i !== paging.step));
    this.simplifiedShown = this.modes.modes.simplified;
    this.renderChrome();
    if (paging.onReview) {
      paging.returnToReview = false;
      renderReview(this.steps[paging.step], chrome.heading(paging.step), answers(this.steps.slice(0, -1)), (i, field) => {
        paging.returnToReview = true;
        this.goToField(field, i);
      });
    }
    this.displayErrors({ focus: false });
    if (push) pushStep(paging.step);
    if (focus) {
      chrome.heading(paging.step).focus();
      const label = chrome.label(paging.step);
      const count = paging.questions().length;
      announce(paging.oneQuestionAtATime && count > 1 ? `${label}. ${msg(str`Question ${formatNumber(this.question + 1)} of ${formatNumber(count)}`)}` : label);
    }
    this.emit('qulay-step-change', { index: paging.step });
  }

  private renderChrome(): void {
    const paging = this.paging!;
    this.chrome?.render(paging.step, paging.passed, {
      back: paging.step > 0 || (paging.oneQuestionAtATime && paging.question > 0),
      last: paging.step === paging.last,
      busy: this.sending,
      clear: !!this.drafts,
      onBack: () => this.back(),
      onClear: () => this.clearForm(),
    });
  }

  /** Shows the errors that stand: by the fields of this step, all in the summary; then only the question on screen. */
  private displayErrors({ focus }: { focus: boolean }): void {
    const paging = this.paging!;
    const { here, elsewhere } = this.problems.split(this.steps[paging.step]);
    this.errors.show(this.form!, this.chrome!.heading(paging.step), here, elsewhere, { focus });
    this.pager.apply(paging.questions(), paging.oneQuestionAtATime ? paging.question : -1);
  }

  /** One question back in the simplified layout, else one step back. */
  back(): void {
    if (!this.paging) return;
    const { step, push } = this.paging.back();
    this.show(step, { push });
  }

  /**
   * Checks a step (by default the visible one; in the simplified layout its visible question)
   * without showing anything: the fields' own rules, white space trimmed, and the agency's.
   */
  validateStep(index = this.index): FieldError[] {
    const step = this.steps[index];
    if (!step) return [];
    return checkFields(step, this.rules(index), index === this.index ? this.paging?.scope() : undefined);
  }

  /** The agency's rules for a step: the cancelable `qulay-validate` event. */
  private rules(index: number): AgencyRules {
    return (setError) => this.emit('qulay-validate', { step: index, setError }, { cancelable: true });
  }

  private onSubmit(event: SubmitEvent): void {
    const paging = this.paging!;
    // Only a valid native submission leaves the page: every other outcome stays (preventDefault first).
    if (this.sending || this.done || !this.shouldSubmit(paging)) return event.preventDefault();
    const form = this.form!;
    // The agency may take over (a JavaScript submission)…
    if (!this.emit('qulay-submit', { form, formData: new FormData(form) }, { cancelable: true })) {
      event.preventDefault();
      return this.setSending(true);
    }
    // …or the native form submits, and the draft has served its purpose.
    this.drafts?.forget();
  }

  /** Continue: checks what is on screen and moves on; on the last step, checks every step. True when the application may go. */
  private shouldSubmit(paging: Paging): boolean {
    const errors = this.validateStep();
    if (errors.length) {
      this.problems.step = errors;
      this.displayErrors({ focus: true });
      return false;
    }
    this.problems.answered(paging.checkedFields());
    const next = paging.advance();
    if (next.to !== 'submit') {
      this.show(next.to === 'step' ? next.step : paging.step, { push: next.to === 'step' });
      return false;
    }
    // Submit: every step again, in order; a URL or a draft may have skipped some.
    const failed = firstFailingStep(this.steps, (i) => this.rules(i));
    if (failed) {
      paging.passed.delete(failed.index);
      this.show(failed.index, { focus: false });
      this.problems.step = failed.errors;
      this.showErrorsFrom(failed.errors[0].field);
      return false;
    }
    this.problems.clear();
    return true;
  }

  /** Shows the errors, focusing the summary, with the question of `field` on screen. */
  private showErrorsFrom(field: Field): void {
    if (this.paging!.showQuestionOf(field)) this.renderChrome();
    this.displayErrors({ focus: true });
  }

  /** Goes to a field (an error link, a Change link): its step, its question, then focus. */
  private goToField(field: Field, step = this.stepOf(field)): void {
    if (step < 0 || !this.paging) return;
    if (step !== this.paging.step) this.show(step, { focus: false });
    if (this.paging.showQuestionOf(field)) this.show(this.paging.step, { push: false, focus: false });
    field.focus({ preventScroll: true });
    (labelElement(field) ?? field).scrollIntoView?.({ block: 'center' });
  }

  private setSending(sending: boolean): void {
    this.sending = sending;
    if (sending) this.form?.setAttribute('aria-busy', 'true');
    else this.form?.removeAttribute('aria-busy');
    this.renderChrome();
  }

  /** Writes every saveable value now (the debounce calls it; tests and `pagehide` may too). */
  saveDraft(): void {
    if (!this.done) this.drafts?.save(this.index);
  }

  /** Forgets the draft, empties the form and returns to the first step, after asking. */
  clearForm(): void {
    if (!this.paging || !window.confirm(msg('Clear everything you entered in this form?'))) return;
    this.drafts?.forget();
    this.form?.reset();
    this.chrome?.removeNotice();
    this.paging.passed.clear();
    this.problems.clear();
    this.show(0);
    announce(msg('The form was cleared.'));
  }

  /**
   * After a JavaScript submission failed on the server: `{ fieldName: message }`. Shows the
   * first step with one of those fields, its errors by the fields, and every error in the
   * summary (those on other steps link to their step). Every value is kept. A name that is in
   * no step is reported once in the console; an empty message reads "Check this answer."
   */
  setErrors(errors: Record<string, string>): void {
    if (!this.form || !this.paging || this.done) return;
    this.setSending(false);
    const { found, unknown } = this.problems.fromServer(this.form, (field) => this.stepOf(field) >= 0, errors);
    if (unknown.length) this.warn(`setErrors() names fields that are in no step of this form: ${unknown.join(', ')}. They are left out.`);
    if (!found.length) return;
    for (const { field } of found) this.paging.passed.delete(this.stepOf(field));
    // The server's errors are in page order: the first is on the first step that has one.
    this.show(this.stepOf(found[0].field), { focus: false });
    this.showErrorsFrom(found[0].field);
  }

  /**
   * After a JavaScript submission succeeded: the form is done. A confirmation panel
   * ("Application sent", and `reference` when given) replaces it and takes focus, the draft
   * is forgotten, and nothing is left to submit twice.
   */
  complete(options: { reference?: string } = {}): void {
    if (!this.form || !this.chrome || this.done) return;
    let reference: unknown = options?.reference;
    if (reference !== undefined && typeof reference !== 'string' && typeof reference !== 'number') {
      this.warnInvalid('reference', reference, 'a string', 'no reference');
      reference = undefined;
    }
    this.setSending(false);
    this.done = true;
    this.drafts?.forget();
    this.problems.clear();
    this.errors.clear(this.form);
    this.chrome.confirm(reference === undefined || reference === '' ? undefined : String(reference));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qulay-validate': CustomEvent<{ step: number; setError: (field: HTMLElement | string, message: string) => void }>;
    'qulay-step-change': CustomEvent<{ index: number }>;
    'qulay-submit': CustomEvent<{ form: HTMLFormElement; formData: FormData }>;
  }
}
