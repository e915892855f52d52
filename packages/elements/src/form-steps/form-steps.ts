import { html, nothing, render } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { ModeController, QulayElement, announce, formatNumber } from '@qulay/core';
import type { QulayFormStep } from './form-step.js';
import { errorPrefix } from '../shared/error-words.js';
import { formStepsStyles } from './form-steps.styles.js';
import { validationMessage } from './validation-messages.js';
import { QulayListen } from '../listen/listen.js';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** One error on the current step. */
interface StepError {
  field: Field;
  message: string;
}

const fieldSelector = 'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]), select, textarea';
let instances = 0;

/**
 * Wraps the agency's own native `<form>` of `<qulay-form-step>` sections. Without JavaScript
 * it is one long form that submits; with it, one step at a time, with Back and Continue,
 * validation when the user continues or submits (never on blur), an error summary that takes
 * focus, messages above each field, "Error: " in the page title, and the browser's back and
 * forward buttons moving between steps.
 *
 * @summary A multi-step application around the agency's own form.
 *
 * @tagname qulay-form-steps
 *
 * @slot - A `<form>` holding `<qulay-form-step>` elements.
 *
 * @cssprop --qulay-color-danger - Colour of errors.
 *
 * @fires qulay-validate - When a step is checked, cancelable. `detail.step` is its index; `detail.setError(field, message)` adds an error. Cancel it to skip the browser's own checks for that step.
 * @fires qulay-step-change - After the visible step changed; `detail.index`.
 * @fires qulay-submit - When the last step is valid, cancelable; `detail.formData`. Cancel it to submit with JavaScript, then call `complete()` or `setErrors({ name: message })`.
 */
export class QulayFormSteps extends QulayElement {
  static override lightStyles = formStepsStyles;
  static override dependencies = { 'qulay-listen': QulayListen };

  /**
   * Saves what the citizen types in `sessionStorage` under this key, and restores it after a
   * reload, a crash or a return from another page. Never saved: passwords, files, one-time
   * codes and fields marked `data-qulay-no-draft`.
   */
  @property({ attribute: 'draft-key' }) draftKey?: string;

  /** The visible step (0-based). */
  index = 0;

  private saveTimer?: ReturnType<typeof setTimeout>;
  /** Set by a review step's Change link: the next Continue returns to the review. */
  private returnToReview = false;
  /** A JavaScript submission is under way (after a cancelled `qulay-submit`). */
  busy = false;
  /** In the simplified layout, the question shown within the step (0-based). */
  question = 0;

  private readonly modes = new ModeController(this);
  private simplifiedShown = false;

  private form?: HTMLFormElement;
  private steps: QulayFormStep[] = [];
  private readonly idBase = `qulay-steps-${++instances}`;
  private baseTitle = '';
  private readonly onPopState = () => this.show(this.stepFromUrl(), { push: false });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render() {
    return null;
  }

  protected override updated(): void {
    // The simplified layout was switched on or off: show the step again in the new layout.
    if (this.form && this.simplifiedShown !== this.modes.modes.simplified) {
      this.question = 0;
      this.show(this.index, { push: false, focus: false });
    }
  }

  /** The parts of a step that ask something: each shown alone in the simplified layout. */
  private questions(step: QulayFormStep): HTMLElement[] {
    return [...step.children].filter(
      (child): child is HTMLElement =>
        child instanceof HTMLElement && !child.hasAttribute('data-qulay-steps') && (child.matches(fieldSelector) || child.querySelector(fieldSelector) !== null),
    );
  }

  private get oneQuestionAtATime(): boolean {
    const step = this.steps[this.index];
    return this.modes.modes.simplified && !!step && !step.review;
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

  /** Finds the form and its steps, checks the markup, and shows the step the URL names. */
  private setUp(): void {
    if (this.form || !this.isConnected) return;
    const form = this.querySelector('form');
    if (!form) {
      this.warn('contains no <form>; accepted: a native <form> holding <qulay-form-step> elements. It stays as it is.');
      return;
    }
    this.form = form;
    this.steps = [...form.querySelectorAll<QulayFormStep>('qulay-form-step')];
    if (!this.steps.length) return;
    this.checkMarkup();
    this.baseTitle = document.title.replace(/^[^:]*: /, (prefix) => (prefix === errorPrefix() ? '' : prefix));
    form.noValidate = true;
    form.addEventListener('submit', (event) => this.onSubmit(event));
    // The agency's own submit buttons serve the no-JavaScript form; the step navigation replaces them.
    for (const button of form.querySelectorAll<HTMLElement>('button[type="submit"], button:not([type]), input[type="submit"]')) {
      if (!button.closest('[data-qulay-steps]')) button.hidden = true;
    }
    const progress = document.createElement('nav');
    progress.dataset.qulaySteps = 'progress';
    form.before(progress);
    const nav = document.createElement('div');
    nav.dataset.qulaySteps = 'nav';
    form.append(nav);
    for (const step of this.steps) {
      const heading = document.createElement('h2');
      heading.dataset.qulaySteps = 'heading';
      heading.tabIndex = -1;
      step.prepend(heading);
      // In read-aloud mode, a listen button reads the step: heading, hints, labels, values, errors.
      const listen = document.createElement('qulay-listen') as HTMLElement & { forElement?: Element };
      listen.dataset.qulaySteps = 'listen';
      listen.forElement = step;
      if (step.heading) listen.setAttribute('label', step.heading);
      heading.after(listen);
    }
    const restored = this.restoreDraft();
    if (this.draftKey) {
      form.addEventListener('input', () => this.scheduleSave());
      form.addEventListener('change', () => this.scheduleSave());
    }
    this.show(location.hash ? this.stepFromUrl() : (restored?.step ?? 0), { push: false, focus: false });
    if (restored?.count) this.showNotice(msg('We restored what you entered.'));
  }

  private get storageKey(): string {
    return `qulay:draft:${this.draftKey}`;
  }

  /** Fields whose values never go into a draft. */
  private excluded(field: Field): boolean {
    return (
      (field instanceof HTMLInputElement && ['password', 'file'].includes(field.type)) ||
      field.autocomplete === 'one-time-code' ||
      field.closest('[data-qulay-no-draft]') !== null ||
      !field.name
    );
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveDraft(), 300);
  }

  /** Writes every saveable value now (the debounce calls it; tests and `pagehide` may too). */
  saveDraft(): void {
    if (!this.draftKey || !this.form) return;
    const values: Record<string, string | string[]> = {};
    for (const field of this.form.querySelectorAll<Field>(fieldSelector)) {
      if (this.excluded(field)) continue;
      if (field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox')) {
        if (!field.checked) continue;
        const current = values[field.name];
        values[field.name] = field.type === 'checkbox' ? [...(Array.isArray(current) ? current : []), field.value] : field.value;
      } else if (field instanceof HTMLSelectElement && field.multiple) {
        values[field.name] = [...field.selectedOptions].map((o) => o.value);
      } else if (field.value) {
        values[field.name] = field.value;
      }
    }
    try {
      // Nothing typed is nothing to keep: an emptied form leaves no draft behind.
      if (!Object.keys(values).length) sessionStorage.removeItem(this.storageKey);
      else sessionStorage.setItem(this.storageKey, JSON.stringify({ v: 1, step: this.index, values }));
    } catch {
      this.warn('could not save the draft (storage is full or blocked); what is typed stays in the page only.');
    }
  }

  private restoreDraft(): { step: number; count: number } | undefined {
    if (!this.draftKey || !this.form) return undefined;
    let draft: { step?: number; values?: Record<string, unknown> } | undefined;
    try {
      draft = JSON.parse(sessionStorage.getItem(this.storageKey) ?? 'null') ?? undefined;
    } catch {
      draft = undefined;
    }
    if (!draft?.values || typeof draft.values !== 'object') return undefined;
    let count = 0;
    for (const field of this.form.querySelectorAll<Field>(fieldSelector)) {
      if (this.excluded(field) || !(field.name in draft.values)) continue;
      const value = draft.values[field.name];
      const list = Array.isArray(value) ? value.map(String) : [String(value)];
      if (field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox')) {
        field.checked = list.includes(field.value);
      } else if (field instanceof HTMLSelectElement && field.multiple) {
        for (const option of field.options) option.selected = list.includes(option.value);
      } else {
        field.value = list[0] ?? '';
      }
      count++;
    }
    return { step: Number.isInteger(draft.step) ? Number(draft.step) : 0, count };
  }

  /** Forgets the draft, empties the form and returns to the first step, after asking. */
  clearForm(): void {
    if (!window.confirm(msg('Clear everything you entered in this form?'))) return;
    clearTimeout(this.saveTimer);
    this.form?.reset();
    this.querySelector('[data-qulay-steps="notice"]')?.remove();
    this.show(0);
    if (this.draftKey) sessionStorage.removeItem(this.storageKey);
    announce(msg('The form was cleared.'));
  }

  private showNotice(text: string): void {
    let notice = this.querySelector<HTMLElement>(':scope [data-qulay-steps="notice"]');
    if (!notice) {
      notice = document.createElement('div');
      notice.dataset.qulaySteps = 'notice';
      this.form!.before(notice);
    }
    render(html`<p>${text}</p>`, notice);
    announce(text);
  }

  private checkMarkup(): void {
    const names = new Map<string, number>();
    this.steps.forEach((step, i) => {
      if (!step.heading) this.warn(`step ${i + 1} has no heading attribute; accepted: heading="…". It shows as "Step ${i + 1} of ${this.steps.length}".`);
      if (step.review && i !== this.steps.length - 1) this.warn(`step ${i + 1} is a review step but not the last; accepted: the review step last. It is treated as an ordinary step.`);
      const stepNames = new Set([...step.querySelectorAll<Field>(fieldSelector)].map((f) => f.name).filter(Boolean));
      for (const name of stepNames) {
        if (names.has(name)) this.warn(`the field name "${name}" is used in step ${names.get(name)! + 1} and step ${i + 1}; accepted: each name in one step. Both are submitted.`);
        else names.set(name, i);
      }
    });
  }

  private stepFromUrl(): number {
    const match = /^#step-(\d+)$/.exec(location.hash);
    const n = match ? Number(match[1]) - 1 : 0;
    return Math.min(Math.max(0, n), Math.max(0, this.steps.length - 1));
  }

  private label(step: QulayFormStep, i: number): string {
    const n = formatNumber(i + 1);
    const total = formatNumber(this.steps.length);
    return step.heading ? msg(str`Step ${n} of ${total}: ${step.heading}`) : msg(str`Step ${n} of ${total}`);
  }

  /** Shows step `index`; by default records it in history, focuses its heading and announces it. */
  show(index: number, { push = true, focus = true } = {}): void {
    if (!this.form || !this.steps.length) return;
    if (index !== this.index) this.question = 0;
    this.index = Math.min(Math.max(0, index), this.steps.length - 1);
    this.steps.forEach((step, i) => (step.hidden = i !== this.index));
    this.simplifiedShown = this.modes.modes.simplified;
    const questions = this.questions(this.steps[this.index]);
    this.question = Math.min(this.question, Math.max(0, questions.length - 1));
    questions.forEach((part, i) => (part.hidden = this.oneQuestionAtATime && i !== this.question));
    this.clearErrors();
    this.renderChrome();
    if (this.steps[this.index].review && this.index === this.steps.length - 1) {
      this.returnToReview = false;
      this.renderReview();
    }
    if (push) history.pushState(null, '', `#step-${this.index + 1}`);
    if (this.draftKey && push) this.saveDraft();
    if (focus) {
      const heading = this.steps[this.index].querySelector<HTMLElement>('[data-qulay-steps="heading"]');
      heading?.focus();
      const count = questions.length;
      announce(
        this.oneQuestionAtATime && count > 1
          ? `${this.label(this.steps[this.index], this.index)}. ${msg(str`Question ${formatNumber(this.question + 1)} of ${formatNumber(count)}`)}`
          : this.label(this.steps[this.index], this.index),
      );
    }
    this.emit('qulay-step-change', { index: this.index });
  }

  private renderChrome(): void {
    const form = this.form!;
    const last = this.index === this.steps.length - 1;
    this.steps.forEach((step, i) => {
      const heading = step.querySelector<HTMLElement>('[data-qulay-steps="heading"]');
      if (!heading) return;
      const n = formatNumber(i + 1);
      const total = formatNumber(this.steps.length);
      render(
        html`<span class="context">${msg(str`Step ${n} of ${total}`)}</span>${step.heading || nothing}`,
        heading,
      );
    });
    render(
      html`<ol aria-label=${msg('Application steps')}>
        ${this.steps.map((step, i) => {
          const state = i < this.index ? msg('completed') : i === this.index ? msg('current') : msg('not completed');
          return html`<li aria-current=${i === this.index ? 'step' : nothing}>
            ${formatNumber(i + 1)}. ${step.heading || msg(str`Step ${formatNumber(i + 1)}`)} <span class="state">(${state})</span>
          </li>`;
        })}
      </ol>`,
      form.previousElementSibling as HTMLElement,
    );
    render(
      html`${this.index > 0 || (this.oneQuestionAtATime && this.question > 0) ? html`<button type="button" @click=${() => this.back()}>${msg('Back')}</button>` : nothing}
        <button type="submit" ?disabled=${this.busy}>${this.busy ? msg('Sending…') : last ? msg('Submit application') : msg('Continue')}</button>
        ${this.draftKey ? html`<button type="button" class="clear" @click=${() => this.clearForm()}>${msg('Clear form')}</button>` : nothing}`,
      form.querySelector<HTMLElement>(':scope > [data-qulay-steps="nav"]')!,
    );
  }

  /** One question back in the simplified layout, else one step back. */
  back(): void {
    if (this.oneQuestionAtATime && this.question > 0) {
      this.question--;
      this.show(this.index, { push: false });
    } else {
      this.show(this.index - 1);
    }
  }

  /** Checks the visible step: the browser's constraints plus the agency's `qulay-validate` rules. */
  validateStep(index = this.index): StepError[] {
    const step = this.steps[index];
    const errors: StepError[] = [];
    const setError = (field: HTMLElement | string, message: string) => {
      const target = (typeof field === 'string' ? step.querySelector(`[name="${CSS.escape(field)}"]`) : field) as Field | null;
      if (target && target.matches(fieldSelector) && !errors.some((e) => e.field === target)) errors.push({ field: target, message });
    };
    const useBrowser = this.emit('qulay-validate', { step: index, setError }, { cancelable: true });
    if (useBrowser) {
      const seenGroups = new Set<string>();
      const scope = this.oneQuestionAtATime && index === this.index ? (this.questions(step)[this.question] ?? step) : step;
      for (const field of scope.querySelectorAll<Field>(fieldSelector)) {
        if (field.disabled || field.checkValidity()) continue;
        if (field instanceof HTMLInputElement && field.type === 'radio') {
          if (seenGroups.has(field.name)) continue;
          seenGroups.add(field.name);
        }
        setError(field, validationMessage(field));
      }
    }
    return errors;
  }

  private onSubmit(event: SubmitEvent): void {
    if (this.busy) {
      event.preventDefault();
      return;
    }
    const errors = this.validateStep();
    if (errors.length) {
      event.preventDefault();
      this.showErrors(errors);
      return;
    }
    if (this.oneQuestionAtATime && this.question < this.questions(this.steps[this.index]).length - 1) {
      event.preventDefault();
      this.question++;
      this.show(this.index, { push: false });
      return;
    }
    if (this.index < this.steps.length - 1) {
      event.preventDefault();
      this.show(this.returnToReview ? this.steps.length - 1 : this.index + 1);
      return;
    }
    // The last step, valid: the agency may take over (a JavaScript submission)…
    const form = this.form!;
    if (!this.emit('qulay-submit', { form, formData: new FormData(form) }, { cancelable: true })) {
      event.preventDefault();
      this.setBusy(true);
      return;
    }
    // …or the native form submits, and the draft has served its purpose.
    this.forgetDraft();
  }

  private forgetDraft(): void {
    if (!this.draftKey) return;
    clearTimeout(this.saveTimer);
    sessionStorage.removeItem(this.storageKey);
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    const form = this.form;
    if (!form) return;
    if (busy) form.setAttribute('aria-busy', 'true');
    else form.removeAttribute('aria-busy');
    this.renderChrome();
  }

  /**
   * After a JavaScript submission failed on the server: shows `{ fieldName: message }` in the
   * error summary of the first step that has one of those fields, and keeps every value.
   */
  setErrors(errors: Record<string, string>): void {
    this.setBusy(false);
    const found = Object.entries(errors)
      .map(([name, message]) => ({ field: this.form?.querySelector<Field>(`[name="${CSS.escape(name)}"]`) ?? null, message }))
      .filter((e): e is StepError => e.field !== null);
    const missing = Object.keys(errors).filter((name) => !this.form?.querySelector(`[name="${CSS.escape(name)}"]`));
    if (missing.length) this.warn(`setErrors() names fields this form does not have: ${missing.join(', ')}.`);
    if (!found.length) return;
    const first = this.steps.findIndex((step) => found.some((e) => step.contains(e.field)));
    this.show(first, { focus: false });
    this.showErrors(found.filter((e) => this.steps[first].contains(e.field)));
  }

  /** After a JavaScript submission succeeded: ends the busy state and forgets the draft. */
  complete(): void {
    this.setBusy(false);
    this.forgetDraft();
  }

  /** The answers to every earlier step, as a screen reader and a reader can check them. */
  private answers(): Array<{ step: number; question: string; answer: string; field: Field }> {
    const rows: Array<{ step: number; question: string; answer: string; field: Field }> = [];
    this.steps.slice(0, -1).forEach((step, index) => {
      const seen = new Set<string>();
      for (const field of step.querySelectorAll<Field>(fieldSelector)) {
        const choice = field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox');
        if (choice && seen.has(field.name)) continue;
        if (choice) seen.add(field.name);
        const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
        const question = choice ? text(field.closest('fieldset')?.querySelector('legend')) || text(field.labels?.[0]) : text(field.labels?.[0]) || field.name;
        let answer: string;
        if (choice) {
          const group = [...step.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(field.name)}"]`)].filter((input) => input.checked);
          answer = group.map((input) => text(input.labels?.[0]) || input.value).join(', ');
        } else if (field instanceof HTMLSelectElement) {
          answer = [...field.selectedOptions].filter((o) => o.value).map((o) => o.label).join(', ');
        } else if (field instanceof HTMLInputElement && field.type === 'password') {
          answer = field.value ? '••••••' : '';
        } else if (field instanceof HTMLInputElement && field.type === 'file') {
          answer = [...(field.files ?? [])].map((file) => file.name).join(', ');
        } else {
          answer = field.value.trim();
        }
        rows.push({ step: index, question, answer, field });
      }
    });
    return rows;
  }

  private renderReview(): void {
    const step = this.steps[this.index];
    let container = step.querySelector<HTMLElement>('[data-qulay-steps="review"]');
    if (!container) {
      container = document.createElement('div');
      container.dataset.qulaySteps = 'review';
      step.querySelector('[data-qulay-steps="heading"]')!.after(container);
    }
    const change = (event: Event, index: number, field: Field) => {
      event.preventDefault();
      this.returnToReview = true;
      this.show(index);
      field.focus();
    };
    render(
      html`<dl class="review">
        ${this.answers().map(
          ({ step: index, question, answer, field }) => html`<div class="row">
            <dt>${question}</dt>
            <dd>${answer || msg('Not provided')}</dd>
            <dd class="change">
              <a href=${`#step-${index + 1}`} @click=${(event: Event) => change(event, index, field)}
                >${msg('Change')}<span class="qulay-visually-hidden"> ${question}</span></a
              >
            </dd>
          </div>`,
        )}
      </dl>`,
      container,
    );
  }

  private clearErrors(): void {
    if (!this.form) return;
    for (const node of this.form.querySelectorAll('[data-qulay-steps="summary"], .qulay-error-message')) node.remove();
    for (const field of this.form.querySelectorAll<Field>('[data-qulay-described]')) {
      const own = field.getAttribute('data-qulay-described') ?? '';
      if (own) field.setAttribute('aria-describedby', own);
      else field.removeAttribute('aria-describedby');
      field.removeAttribute('data-qulay-described');
      field.removeAttribute('aria-invalid');
    }
    if (this.baseTitle) document.title = this.baseTitle;
  }

  private fieldLabel(field: Field): HTMLElement | null {
    if (field instanceof HTMLInputElement && ['radio', 'checkbox'].includes(field.type)) {
      return field.closest('fieldset')?.querySelector('legend') ?? field.labels?.[0] ?? null;
    }
    return field.labels?.[0] ?? null;
  }

  private showErrors(errors: StepError[]): void {
    this.clearErrors();
    const step = this.steps[this.index];
    errors.forEach(({ field, message }, i) => {
      if (!field.id) field.id = `${this.idBase}-field-${i}`;
      const id = `${field.id}-error`;
      const paragraph = document.createElement('p');
      paragraph.className = 'qulay-error-message';
      paragraph.id = id;
      paragraph.textContent = `${errorPrefix()}${message}`;
      const group = field instanceof HTMLInputElement && ['radio', 'checkbox'].includes(field.type) ? field.closest('fieldset') : null;
      const legend = group?.querySelector('legend');
      if (legend) legend.after(paragraph);
      else if (group) group.prepend(paragraph);
      else field.before(paragraph);
      const targets = group ? [...group.querySelectorAll<Field>(`[name="${CSS.escape(field.name)}"]`)] : [field];
      for (const target of targets) {
        target.setAttribute('data-qulay-described', target.getAttribute('aria-describedby') ?? '');
        target.setAttribute('aria-describedby', [id, target.getAttribute('aria-describedby')].filter(Boolean).join(' '));
        target.setAttribute('aria-invalid', 'true');
      }
    });
    const summary = document.createElement('div');
    summary.dataset.qulaySteps = 'summary';
    summary.tabIndex = -1;
    summary.setAttribute('aria-labelledby', `${this.idBase}-summary-title`);
    render(
      html`<h2 id=${`${this.idBase}-summary-title`}>${msg('There is a problem')}</h2>
        <ul>
          ${errors.map(
            ({ field, message }) =>
              // The field's name first, so each link says where the problem is ("Full name: Fill in this field.").
              html`<li><a href=${`#${field.id}`} @click=${(event: Event) => this.goToField(event, field)}>${this.summaryText(field, message)}</a></li>`,
          )}
        </ul>`,
      summary,
    );
    step.querySelector('[data-qulay-steps="heading"]')!.after(summary);
    document.title = `${errorPrefix()}${this.baseTitle}`;
    summary.focus();
  }

  private summaryText(field: Field, message: string): string {
    const name = (this.fieldLabel(field)?.textContent ?? '').replace(/\s+/g, ' ').trim();
    return name ? `${name}: ${message}` : message;
  }

  private goToField(event: Event, field: Field): void {
    event.preventDefault();
    field.focus({ preventScroll: true });
    (this.fieldLabel(field) ?? field).scrollIntoView({ block: 'center' });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qulay-validate': CustomEvent<{ step: number; setError: (field: HTMLElement | string, message: string) => void }>;
    'qulay-step-change': CustomEvent<{ index: number }>;
    'qulay-submit': CustomEvent<{ form: HTMLFormElement; formData: FormData }>;
  }
}
