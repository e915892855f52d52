import type { PropertyValues } from 'lit';
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
import { checkMarkup, pushStep, replaceStep, stepFromUrl } from './markup.js';
import { Paging } from './paging.js';
import { QuestionPager } from './questions.js';
import { Submission } from './submission.js';
import { StepsView } from './view.js';
import { agencyRules, checkFields, type FieldError } from './validation.js';
import { readHeadingLevel, type HeadingLevel } from '../shared/heading.js';

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
 * @fires qulay-step-change - After the visible step changed (and when the form first shows a step); `detail.index`. Not for the next question of the simplified layout, nor when a mode changes.
 * @fires qulay-submit - When every step is valid, cancelable; `detail.formData`. Cancel it to submit with JavaScript, then call `complete({ reference })`, `setErrors({ name: message })` or, when it failed as a whole (offline, a server error), `fail()`.
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

  /**
   * The level of the step headings, the error summary's title and the confirmation's heading:
   * 2 to 6 (attribute `heading-level`, default 2). Anything else warns once and reads 2.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The visible step (0-based). Setting it shows that step, like `show(index)`; it never marks a step completed. */
  get index(): number {
    return this.paging?.step ?? this.requestedIndex ?? 0;
  }
  set index(value: number) {
    if (!Number.isInteger(value)) this.warnInvalid('index', value, `a whole number from 0 to ${Math.max(0, this.steps.length - 1)}`, 'the current step');
    else if (this.paging) this.show(value);
    else this.requestedIndex = value;
  }

  /** True while a JavaScript submission is under way. Read-only: `complete()`, `setErrors()` or `fail()` end it. */
  get busy(): boolean {
    return this.submission?.busy ?? false;
  }
  set busy(_value: boolean) {
    this.warn('busy is read-only; call complete(), setErrors() or fail() to end a submission.');
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
    return this.submission?.completed ?? false;
  }

  private requestedIndex?: number;
  /** The step last shown: `qulay-step-change` fires only when another one is. */
  private shownStep?: number;
  private simplifiedShown = false;
  private form?: HTMLFormElement;
  private steps: QulayFormStep[] = [];
  private paging?: Paging;
  private chrome?: StepsChrome;
  private drafts?: DraftStore;
  private submission?: Submission;
  private view?: StepsView;
  private readonly problems = new ErrorState();
  private readonly pager = new QuestionPager();
  private readonly errors = new ErrorDisplay(`qulay-steps-${++instances}`, (field) => this.goToField(field), () => this.level);
  private readonly onPopState = () => {
    if (this.completed) return;
    // While sending, the step stays and the URL names it again; replaced, not pushed, so that
    // every Back press still goes one entry back and a citizen whose sending hangs can leave.
    if (this.busy) replaceStep(this.index);
    else this.show(stepFromUrl(this.steps.length), { push: false });
  };

  /** Back from the page a native submission went to (the back/forward cache): the form may be sent again. */
  private readonly onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) this.submission?.returned();
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
    window.addEventListener('pageshow', this.onPageShow);
    this.drafts?.watchPage(true);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.setUp(), { once: true });
    else queueMicrotask(() => this.setUp());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('pageshow', this.onPageShow);
    this.drafts?.watchPage(false);
  }

  /** `headingLevel` as used: 2 to 6, else 2 (one warning). */
  private get level(): HeadingLevel {
    return readHeadingLevel(this, Number.isNaN(this.headingLevel) ? this.getAttribute('heading-level') : this.headingLevel, 2);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // After a change of the page's language (QulayElement updates then), the kit's words read again in it, in place.
    this.view?.followLanguage(this.completed);
    if (changed.has('headingLevel') && this.view && !this.completed) this.view.retag();
    // The simplified layout was switched on or off: show the step again in the new layout.
    if (this.paging && !this.completed && this.simplifiedShown !== this.modes.modes.simplified) {
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
    form.addEventListener('formdata', (event) => sendWithoutSpaces(form, event.formData));
    const chrome = (this.chrome = new StepsChrome(form, steps, () => this.level));
    chrome.build();
    const paging = (this.paging = new Paging(steps, () => this.modes.modes.simplified));
    let restored: ReturnType<DraftStore['restore']>;
    if (this.draftKey) {
      this.drafts = new DraftStore(this.draftKey, form, (message) => this.warn(message));
      paging.resumeFrom((restored = this.drafts.restore()));
      this.drafts.watch(() => ({ step: this.index, question: this.question }), () => this.draftable);
    }
    const { drafts, problems, errors, pager } = this;
    const view = (this.view = new StepsView({ form, steps, paging, chrome, problems, errors, pager, drafts: !!drafts }, {
      busy: () => this.busy,
      back: () => this.back(),
      clear: () => this.clearForm(),
      goTo: (field, i) => this.goToField(field, i),
    }));
    const submission = (this.submission = new Submission(this, { form, steps, paging, chrome, drafts, problems, errors }, view));
    form.addEventListener('submit', (event) => submission.onSubmit(event));
    // A hash or a draft chooses the step (and the draft its question) on screen; neither marks a step as completed.
    this.show(this.requestedIndex ?? (location.hash ? stepFromUrl(steps.length) : (restored?.step ?? 0)), { push: false, focus: false });
    if (restored?.count) chrome.showNotice(() => msg('We restored what you entered.'));
  }

  /** Shows step `index`; by default records it in history, focuses its heading and announces it. */
  show(index: number, { push = true, focus = true } = {}): void {
    const { paging, chrome, view } = this;
    // While sending, nothing moves: the form stays as it was sent.
    if (!paging || !chrome || !view || this.completed || this.busy) return;
    if (paging.moveTo(index)) this.problems.step = [];
    this.steps.forEach((step, i) => setHidden(step, i !== paging.step));
    this.simplifiedShown = this.modes.modes.simplified;
    view.drawStep();
    if (push) pushStep(paging.step);
    if (focus) {
      chrome.heading(paging.step).focus();
      const label = chrome.label(paging.step);
      const count = paging.questions().length;
      announce(paging.oneQuestionAtATime && count > 1 ? `${label}. ${msg(str`Question ${formatNumber(this.question + 1)} of ${formatNumber(count)}`)}` : label);
    }
    // Only a new step is a step change: not the next question, nor the same step drawn again.
    if (paging.step !== this.shownStep) {
      this.shownStep = paging.step;
      this.emit('qulay-step-change', { index: paging.step });
    }
  }

  /** One question back in the simplified layout, else one step back. */
  back(): void {
    if (!this.paging || this.busy) return;
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
    return checkFields(step, agencyRules(this, index), index === this.index ? this.paging?.scope() : undefined);
  }

  /** Goes to a field (an error link, a Change link): its step, its question, then focus. */
  private goToField(field: Field, step = this.paging?.stepOf(field) ?? -1): void {
    if (step < 0 || !this.paging || this.busy) return;
    if (step !== this.paging.step) this.show(step, { focus: false });
    if (this.paging.showQuestionOf(field)) this.show(this.paging.step, { push: false, focus: false });
    field.focus({ preventScroll: true });
    (labelElement(field) ?? field).scrollIntoView?.({ block: 'center' });
  }

  /** Writes every saveable value now (tests may call it; `pagehide` writes a change still waiting). Not once the form was sent. */
  saveDraft(): void {
    if (this.draftable) this.drafts?.save({ step: this.index, question: this.question });
  }

  /** Not once sent: neither after `complete()` nor after a native submission left for the server. */
  private get draftable(): boolean {
    return !this.completed && !this.submission?.sentNatively;
  }

  /** Forgets the draft, empties the form and returns to the first step, after asking. Not while sending. */
  clearForm(): void {
    if (!this.paging || this.busy || !window.confirm(msg('Clear everything you entered in this form?'))) return;
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
   * no step is reported once in the console; an empty message reads "Check this answer." With
   * no field to show (`{}`, or only unknown names), it is `fail()`: the general message.
   */
  setErrors(errors: Record<string, string>): void {
    this.submission?.setErrors(errors);
  }

  /**
   * After a JavaScript submission failed as a whole (offline, a server error): ends it with a
   * message at the top of the step, "Your application could not be sent. Everything you
   * entered is kept. Try again." or `message` when given (plain text). The message takes
   * focus and is announced; every value is kept and Submit works again.
   */
  fail(message?: string): void {
    this.submission?.fail(message);
  }

  /**
   * After a JavaScript submission succeeded: the form is done. A confirmation panel
   * ("Application sent", and `reference` when given) replaces it and takes focus, the draft
   * is forgotten, and nothing is left to submit twice.
   */
  complete(options: { reference?: string } = {}): void {
    this.submission?.complete(options);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qulay-validate': CustomEvent<{ step: number; setError: (field: HTMLElement | string, message: string) => void }>;
    'qulay-step-change': CustomEvent<{ index: number }>;
    'qulay-submit': CustomEvent<{ form: HTMLFormElement; formData: FormData }>;
  }
}
