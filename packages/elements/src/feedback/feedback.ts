import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { ModeController, QulayElement, formatNumber, hideFallback, safeUrl, setHidden } from '@qulay/core';
import { QulayRating } from '../rating/rating.js';
import { errorPrefix } from '../shared/error-words.js';
import { headingTag, readHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { feedbackStyles } from './feedback.styles.js';
import { startOutbox } from './feedback-send.js';
import { FeedbackSubmitController } from './feedback-submit.js';
import { answerButton, complaintFields } from './feedback-fields.js';
import { graphemes, problemText, type ComplaintCategory, type FeedbackSubmission } from './feedback-model.js';

export type { FeedbackSubmission } from './feedback-model.js';

let instances = 0;

/**
 * The feedback block for the bottom of a service page. Without JavaScript, the form the agency
 * puts inside posts as usual; with it, the kit's own form replaces it (in light DOM), sends
 * JSON to `endpoint`, and never loses a submission: offline or on a server failure it waits in
 * an outbox (IndexedDB) and is retried until the server has it, once.
 *
 * @summary "Was this service useful?", a rating, a comment and complaints, that lose nothing.
 *
 * With no `endpoint` and no listener that takes the submission, the citizen is told it could
 * not be sent from this page and their text stays in the form (the agency gets one warning).
 *
 * @tagname qulay-feedback
 *
 * @cssprop --qulay-color-surface-raised - Background of the block.
 *
 * @fires qulay-send-feedback - Before sending, cancelable; `detail` is the submission. Cancel it to send it yourself (the block then thanks the citizen).
 * @fires qulay-feedback - Deprecated name of `qulay-send-feedback`, fired after it (unless it was cancelled) until 0.3; cancelling it works the same.
 * @fires qulay-feedback-delivered - On `window`: a submission saved in the outbox has left it; `detail.key` is its id, `detail.result` the server's answer (`sent` or `rejected`).
 */
export class QulayFeedback extends QulayElement {
  static override lightStyles = feedbackStyles;
  static override dependencies = { 'qulay-rating': QulayRating };
  static override renamedAttributes = { 'max-length': { to: 'maxlength', until: '0.3' } };

  /** Where submissions are posted as JSON. */
  @property() endpoint = '';
  /** The service's id, sent with each submission. */
  @property() service = '';
  /** The heading level of the block's title, 2 to 6 (attribute `heading-level`). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** The longest comment, in characters as people count them (attribute `maxlength`; `max-length` until 0.3). */
  @property({ type: Number, attribute: 'maxlength' }) maxLength = 1000;

  @state() private useful?: boolean;
  @state() private comment = '';
  @state() private complaint = false;
  @state() private category: ComplaintCategory | '' = '';
  @state() private contact = '';
  @state() private rating = 0;
  @state() private fieldErrors: Partial<Record<'comment' | 'category', string>> = {};

  private readonly modes = new ModeController(this);
  private readonly idBase = `qulay-feedback-${++instances}`;
  private readonly submit = new FeedbackSubmitController(this, (name) => this.own(name));
  private level: HeadingLevel = 2;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    // The agency's no-JavaScript form stays in the page, hidden, while the kit's form works.
    hideFallback(this, (node) => node.hasAttribute('data-qulay-feedback'));
    super.connectedCallback();
    startOutbox();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) {
      this.level = readHeadingLevel(this, this.headingLevel, 2);
    }
    if (changed.has('maxLength') && !(Number.isInteger(this.maxLength) && this.maxLength > 0)) {
      const value = Number.isNaN(this.maxLength) ? this.getAttribute('maxlength') : this.maxLength;
      this.warnInvalid('maxlength', value, 'a whole number above 0', '1000');
      this.maxLength = 1000;
    }
    if (changed.has('endpoint') && this.endpoint && !safeUrl(this.endpoint)) {
      this.warnInvalid('endpoint', this.endpoint, 'an http(s) or relative URL', 'no endpoint');
      this.endpoint = '';
    }
  }

  protected override updated(): void {
    // Bots fill the honeypot by its name; people, innerText and read-aloud never meet it.
    const honeypot = this.querySelector<HTMLElement>(`#${this.idFor('honeypot')}`);
    if (honeypot) setHidden(honeypot, true);
  }

  private idFor(name: string): string {
    return `${this.idBase}-${name}`;
  }

  /** The kit's own node by id suffix (the agency's fallback may use any ids of its own). */
  private own<T extends HTMLElement>(name: string): T | null {
    return this.querySelector<T>(`#${this.idFor(name)}`);
  }

  private validate(): boolean {
    const errors: typeof this.fieldErrors = {};
    const length = graphemes(this.comment);
    if (length > this.maxLength) {
      const over = formatNumber(length - this.maxLength);
      errors.comment = msg(str`Your comment is ${over} characters too long.`);
    }
    if (this.complaint && !this.category) errors.category = msg('Choose what the complaint is about.');
    this.fieldErrors = errors;
    const first = errors.comment ? 'comment' : errors.category ? 'category' : undefined;
    if (first) {
      void this.updateComplete.then(() => this.own(first)?.focus());
      return false;
    }
    return true;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    // Yes and No are the form's own submit buttons until a choice is made.
    const submitter = event.submitter as HTMLButtonElement | null;
    if (submitter?.name === 'useful') {
      this.useful = submitter.value === 'yes';
      return;
    }
    if (this.submit.phase === 'sending' || this.useful === undefined || !this.validate()) return;
    // A person never meets the honeypot; a bot fills it.
    const honeypot = (event.target as HTMLFormElement).elements.namedItem('website') as HTMLInputElement | null;
    const { simplified } = this.modes.modes;
    void this.submit.send(
      {
        useful: this.useful,
        rating: !simplified && this.rating > 0 ? this.rating : null,
        comment: this.comment.trim(),
        complaint: !simplified && this.complaint && this.category ? { category: this.category, contact: this.contact.trim() } : null,
      },
      Boolean(honeypot?.value),
    );
  }

  private startOver(): void {
    this.useful = undefined;
    this.comment = '';
    this.complaint = false;
    this.category = '';
    this.contact = '';
    this.rating = 0;
    this.fieldErrors = {};
    this.submit.reset();
    void this.updateComplete.then(() => this.own('yes')?.focus());
  }

  private renderDone() {
    const queued = this.submit.phase === 'queued';
    return html`<div class="done" id=${this.idFor('done')} tabindex="-1">
      <p class="done-title">
        ${queued ? msg('Saved. It will be sent when you are back online.') : msg('Thank you! Your feedback has been sent.')}
      </p>
      ${this.submit.lastComment ? html`<p class="you-wrote">${msg('You wrote:')} <q>${this.submit.lastComment}</q></p>` : nothing}
      <button type="button" class="button" @click=${() => this.startOver()}>${msg('Send more feedback')}</button>
    </div>`;
  }

  private renderField(name: 'comment' | 'category') {
    const error = this.fieldErrors[name];
    return error ? html`<p class="error" id=${this.idFor(`${name}-error`)}>${`${errorPrefix()}${error}`}</p>` : nothing;
  }

  private renderForm() {
    const { simplified } = this.modes.modes;
    const length = graphemes(this.comment);
    const countText = msg(str`${formatNumber(length)} of ${formatNumber(this.maxLength)} characters`);
    const describedBy = (name: 'comment' | 'category', extra = '') =>
      [this.fieldErrors[name] ? this.idFor(`${name}-error`) : '', extra].filter(Boolean).join(' ') || nothing;
    const { phase, problem } = this.submit;
    return html`<form class="form" novalidate @submit=${this.onSubmit} aria-busy=${phase === 'sending' ? 'true' : nothing}>
      ${problem ? html`<div class="server-error" id=${this.idFor('problem')} role="alert">${problemText(problem)}</div>` : nothing}
      <fieldset class="useful">
        <legend>${msg('Was this service useful?')}</legend>
        ${(['yes', 'no'] as const).map((value) =>
          answerButton(this.idFor(value), value, this.useful, () => (this.useful = value === 'yes')),
        )}
      </fieldset>
      ${this.useful === undefined
        ? nothing
        : html`
            ${simplified
              ? nothing
              : html`<qulay-rating name="rating" label=${msg('Rate the service (optional)')} .value=${this.rating} @change=${(e: Event) => (this.rating = (e.target as HTMLInputElement & { value: number }).value)}></qulay-rating>`}
            <div class="field">
              <label for=${this.idFor('comment')}>${this.useful ? msg('What did you like? (optional)') : msg('What went wrong? (optional)')}</label>
              ${this.renderField('comment')}
              <textarea
                id=${this.idFor('comment')}
                name="comment"
                rows="4"
                aria-describedby=${describedBy('comment', this.idFor('count'))}
                aria-invalid=${this.fieldErrors.comment ? 'true' : nothing}
                .value=${this.comment}
                @input=${(e: Event) => (this.comment = (e.target as HTMLTextAreaElement).value)}
              ></textarea>
              <p class=${length > this.maxLength ? 'count over' : 'count'} id=${this.idFor('count')}>${countText}</p>
            </div>
            ${simplified
              ? nothing
              : html`<div class="field">
                  <label class="choice"
                    ><input type="checkbox" name="complaint" .checked=${this.complaint} @change=${(e: Event) => (this.complaint = (e.target as HTMLInputElement).checked)} />
                    <span>${msg('This is a complaint')}</span></label
                  >
                </div>
                ${this.complaint
                  ? complaintFields({
                      idFor: (name) => this.idFor(name),
                      category: this.category,
                      contact: this.contact,
                      error: this.renderField('category'),
                      describedBy: describedBy('category'),
                      invalid: Boolean(this.fieldErrors.category),
                      onCategory: (value) => (this.category = value),
                      onContact: (value) => (this.contact = value),
                    })
                  : nothing}`}
            <div class="honeypot" id=${this.idFor('honeypot')} hidden aria-hidden="true">
              <input name="website" tabindex="-1" autocomplete="off" />
            </div>
            <!-- aria-disabled, not disabled: a disabled button loses focus to <body>, and the
                 citizen who pressed Send would lose their place (onSubmit ignores presses while sending). -->
            <button class="button primary" type="submit" aria-disabled=${phase === 'sending' ? 'true' : nothing}>
              ${phase === 'sending' ? msg('Sending…') : msg('Send feedback')}
            </button>
          `}
    </form>`;
  }

  override render() {
    const tag = headingTag(this.level);
    return html`<section class="block" data-qulay-feedback aria-labelledby=${this.idFor('title')}>
      ${staticHtml`<${tag} class="title" id=${this.idFor('title')}>${msg('Your feedback')}</${tag}>`}
      ${this.submit.phase === 'sent' || this.submit.phase === 'queued' ? this.renderDone() : this.renderForm()}
    </section>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qulay-send-feedback': CustomEvent<FeedbackSubmission>;
    /** @deprecated Listen for `qulay-send-feedback`; this name stops firing in 0.3. */
    'qulay-feedback': CustomEvent<FeedbackSubmission>;
  }
}
