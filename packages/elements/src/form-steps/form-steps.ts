import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { ModeController, QulayElement, announce, formatNumber, setHidden } from '@qulay/core';
import { QulayFormStep } from './form-step.js';
import { QulayListen } from '../listen/listen.js';
import { formStepsStyles } from './form-steps.styles.js';
import { StepsChrome } from './chrome.js';
import { DraftStore } from './drafts.js';
import { ErrorDisplay } from './error-summary.js';
import { fieldsIn, labelElement, sendWithoutSpaces, type Field } from './fields.js';
import { ErrorState } from './errors.js';
import { checkMarkup, pushStep, stepFromUrl } from './markup.js';
import { QuestionPager, questionIndexOf, questionsOf } from './questions.js';
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

  /** The visible step (0-based). Setting it shows that step, like `show(index)`. */
  get index(): number {
    return this.current;
  }
  set index(value: number) {
    if (!Number.isInteger(value)) {
      this.warnInvalid('index', value, `a whole number from 0 to ${Math.max(0, this.steps.length - 1)}`, 'the current step');
    } else if (this.form) {
      this.show(value);
    } else {
      this.requestedIndex = value;
    }
  }

  /** True while a JavaScript submission is under way (read-only: `complete()` or `setErrors()` end it). */
  get busy(): boolean {
    return this.isBusy;
  }
  set busy(_value: boolean) {
    this.warn('busy is read-only; call complete() or setErrors() to end a submission.');
  }

  /** In the simplified layout, the question shown within the step, 0-based (read-only). */
  get question(): number {
    return this.questionIndex;
  }
  set question(_value: number) {
    this.warn('question is read-only; the citizen moves between questions with Continue and Back.');
  }

  /** True once `complete()` was called: the form is replaced by the confirmation. */
  get completed(): boolean {
    return this.done;
  }

  private current = 0;
  private requestedIndex?: number;
  private questionIndex = 0;
  private isBusy = false;
  private done = false;
  /** Steps the citizen passed with Continue in this page, valid: only these show "completed". */
  private readonly passed = new Set<number>();
  private readonly problems = new ErrorState();
  /** Set by a review step's Change link: the next Continue returns to the review. */
  private returnToReview = false;
  private simplifiedShown = false;

  private form?: HTMLFormElement;
  private steps: QulayFormStep[] = [];
  private chrome?: StepsChrome;
  private drafts?: DraftStore;
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
    if (this.form && !this.done && this.simplifiedShown !== this.modes.modes.simplified) {
      this.questionIndex = 0;
      this.show(this.current, { push: false, focus: false });
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
    let restored: { step: number; count: number } | undefined;
    if (this.draftKey) {
      this.drafts = new DraftStore(this.draftKey, form, (message) => this.warn(message));
      restored = this.drafts.restore();
      const save = () => !this.done && this.drafts?.schedule(this.current);
      form.addEventListener('input', save);
      form.addEventListener('change', save);
    }
    // A hash or a draft chooses the step on screen; neither marks a step as completed.
    this.show(this.requestedIndex ?? (location.hash ? stepFromUrl(this.steps.length) : (restored?.step ?? 0)), { push: false, focus: false });
    if (restored?.count) this.chrome.showNotice(msg('We restored what you entered.'));
  }

  private stepOf(field: Element): number {
    return this.steps.findIndex((step) => step.contains(field));
  }

  private get oneQuestionAtATime(): boolean {
    const step = this.steps[this.current];
    return this.modes.modes.simplified && !!step && !(step.review && this.current === this.steps.length - 1);
  }

  /** Shows step `index`; by default records it in history, focuses its heading and announces it. */
  show(index: number, { push = true, focus = true } = {}): void {
    if (!this.form || !this.chrome || this.done) return;
    const next = Math.min(Math.max(0, Math.trunc(Number(index)) || 0), this.steps.length - 1);
    if (next !== this.current) {
      this.questionIndex = 0;
      this.problems.step = [];
    }
    this.current = next;
    this.steps.forEach((step, i) => setHidden(step, i !== this.current));
    this.simplifiedShown = this.modes.modes.simplified;
    const step = this.steps[this.current];
    const count = questionsOf(step).length;
    this.questionIndex = Math.min(this.questionIndex, Math.max(0, count - 1));
    this.renderChrome();
    if (step.review && this.current === this.steps.length - 1) {
      this.returnToReview = false;
      renderReview(step, this.chrome.heading(this.current), answers(this.steps.slice(0, -1)), (i, field) => {
        this.returnToReview = true;
        this.goToField(field, { step: i });
      });
    }
    this.displayErrors({ focus: false });
    if (push) pushStep(this.current);
    if (focus) {
      this.chrome.heading(this.current).focus();
      const label = this.chrome.label(this.current);
      announce(this.oneQuestionAtATime && count > 1 ? `${label}. ${msg(str`Question ${formatNumber(this.question + 1)} of ${formatNumber(count)}`)}` : label);
    }
    this.emit('qulay-step-change', { index: this.current });
  }

  private renderChrome(): void {
    this.chrome?.render(this.current, this.passed, {
      back: this.current > 0 || (this.oneQuestionAtATime && this.questionIndex > 0),
      last: this.current === this.steps.length - 1,
      busy: this.isBusy,
      clear: !!this.drafts,
      onBack: () => this.back(),
      onClear: () => this.clearForm(),
    });
  }

  /** Shows the kit's and the server's errors for the visible step, and the server's for the others; then the question of the first. */
  private displayErrors({ focus }: { focus: boolean }): void {
    const step = this.steps[this.current];
    const { here, elsewhere } = this.problems.split(step);
    this.errors.show(this.form!, this.chrome!.heading(this.current), here, elsewhere, { focus });
    this.pager.apply(questionsOf(step), this.oneQuestionAtATime ? this.questionIndex : -1);
  }

  /** One question back in the simplified layout, else one step back. */
  back(): void {
    if (this.oneQuestionAtATime && this.questionIndex > 0) {
      this.questionIndex--;
      this.show(this.current, { push: false });
    } else {
      this.show(this.current - 1);
    }
  }

  /**
   * Checks a step (by default the visible one; in the simplified layout its visible question):
   * the fields' own rules, white space trimmed, plus the agency's `qulay-validate` rules.
   */
  validateStep(index = this.current): FieldError[] {
    const step = this.steps[index];
    if (!step) return [];
    const question = this.oneQuestionAtATime && index === this.current ? questionsOf(step)[this.questionIndex] : undefined;
    return checkFields(step, this.rules(index), question?.fields);
  }

  /** The agency's rules for a step: the cancelable `qulay-validate` event. */
  private rules(index: number): AgencyRules {
    return (setError) => this.emit('qulay-validate', { step: index, setError }, { cancelable: true });
  }

  private onSubmit(event: SubmitEvent): void {
    if (this.isBusy || this.done) {
      event.preventDefault();
      return;
    }
    const errors = this.validateStep();
    const checked = new Set(this.oneQuestionAtATime ? (questionsOf(this.steps[this.current])[this.questionIndex]?.fields ?? []) : fieldsIn(this.steps[this.current]));
    if (errors.length) {
      event.preventDefault();
      this.problems.step = errors;
      this.displayErrors({ focus: true });
      return;
    }
    this.problems.answered(checked);
    if (this.oneQuestionAtATime && this.questionIndex < questionsOf(this.steps[this.current]).length - 1) {
      event.preventDefault();
      this.questionIndex++;
      this.show(this.current, { push: false });
      return;
    }
    if (this.current < this.steps.length - 1) {
      event.preventDefault();
      this.passed.add(this.current);
      this.show(this.returnToReview ? this.steps.length - 1 : this.current + 1);
      return;
    }
    // Submit: every step again, in order; a URL or a draft may have skipped some.
    const failed = firstFailingStep(this.steps, (i) => this.rules(i));
    if (failed) {
      event.preventDefault();
      this.passed.delete(failed.index);
      this.show(failed.index, { focus: false });
      this.problems.step = failed.errors;
      this.focusQuestionOf(failed.errors[0].field);
      this.displayErrors({ focus: true });
      return;
    }
    this.problems.clear();
    const form = this.form!;
    // The last step, valid: the agency may take over (a JavaScript submission)…
    if (!this.emit('qulay-submit', { form, formData: new FormData(form) }, { cancelable: true })) {
      event.preventDefault();
      this.setBusy(true);
      return;
    }
    // …or the native form submits, and the draft has served its purpose.
    this.drafts?.forget();
  }

  /** In the simplified layout, makes the question holding `field` the visible one. */
  private focusQuestionOf(field: Field): void {
    if (!this.oneQuestionAtATime) return;
    const i = questionIndexOf(questionsOf(this.steps[this.current]), field);
    if (i >= 0) this.questionIndex = i;
    this.renderChrome();
  }

  /** Goes to a field (an error link, a Change link): its step, its question, then focus. */
  private goToField(field: Field, { step = this.stepOf(field) } = {}): void {
    if (step < 0) return;
    if (step !== this.current) this.show(step, { focus: false });
    if (this.oneQuestionAtATime) {
      const i = questionIndexOf(questionsOf(this.steps[this.current]), field);
      if (i >= 0 && i !== this.questionIndex) {
        this.questionIndex = i;
        this.show(this.current, { push: false, focus: false });
      }
    }
    field.focus({ preventScroll: true });
    (labelElement(field) ?? field).scrollIntoView?.({ block: 'center' });
  }

  private setBusy(busy: boolean): void {
    this.isBusy = busy;
    if (busy) this.form?.setAttribute('aria-busy', 'true');
    else this.form?.removeAttribute('aria-busy');
    this.renderChrome();
  }

  /** Writes every saveable value now (the debounce calls it; tests and `pagehide` may too). */
  saveDraft(): void {
    if (!this.done) this.drafts?.save(this.current);
  }

  /** Forgets the draft, empties the form and returns to the first step, after asking. */
  clearForm(): void {
    if (!window.confirm(msg('Clear everything you entered in this form?'))) return;
    this.drafts?.forget();
    this.form?.reset();
    this.chrome?.removeNotice();
    this.passed.clear();
    this.problems.clear();
    this.show(0);
    announce(msg('The form was cleared.'));
  }

  /**
   * After a JavaScript submission failed on the server: `{ fieldName: message }`. Shows the
   * first step with one of those fields, its errors by the fields, and every error in the
   * summary (those on other steps link to their step). Every value is kept. A name the form
   * does not have is reported once in the console; an empty message reads "Check this answer."
   */
  setErrors(errors: Record<string, string>): void {
    if (!this.form || this.done) return;
    this.setBusy(false);
    const { found, unknown } = this.problems.fromServer(this.form, (field) => this.stepOf(field) >= 0, errors);
    if (unknown.length) this.warn(`setErrors() names fields that are in no step of this form: ${unknown.join(', ')}. They are left out.`);
    if (!found.length) return;
    for (const { field } of found) this.passed.delete(this.stepOf(field));
    // The server's errors are in page order: the first is on the first step that has one.
    this.show(this.stepOf(found[0].field), { focus: false });
    this.focusQuestionOf(found[0].field);
    this.displayErrors({ focus: true });
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
    this.setBusy(false);
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
