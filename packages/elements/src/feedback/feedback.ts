import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import { ModeController, QulayElement, activeLocale, formatNumber, safeUrl } from '@qulay/core';
import { QulayRating } from '../rating/rating.js';
import { errorPrefix } from '../shared/error-words.js';
import { feedbackStyles } from './feedback.styles.js';
import { postFeedback, queueFeedback, startOutbox } from './feedback-send.js';


const headingTags: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };
const complaintCategories = ['slow', 'wrong-information', 'technical', 'other'] as const;
type ComplaintCategory = (typeof complaintCategories)[number];

/**
 * The JSON the block sends (and hands to `qulay-feedback` listeners), with an
 * `Idempotency-Key` header equal to `id`.
 */
export interface FeedbackSubmission {
  id: string;
  service: string;
  useful: boolean;
  rating: number | null;
  comment: string;
  complaint: { category: ComplaintCategory; contact: string } | null;
  lang: string;
  page: string;
  createdAt: string;
}

type Phase = 'asking' | 'sending' | 'sent' | 'queued';

let instances = 0;

function categoryLabel(category: ComplaintCategory): string {
  switch (category) {
    case 'slow':
      return msg('Processing took too long');
    case 'wrong-information':
      return msg('Wrong information');
    case 'technical':
      return msg('Technical problem');
    case 'other':
      return msg('Other');
  }
}

/** Counts what a person sees as characters: "oʻ" is two, a family emoji is one. */
function graphemes(text: string): number {
  return [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;
}

/**
 * The feedback block for the bottom of a service page. Without JavaScript, the form the agency
 * puts inside posts as usual; with it, the kit's own form replaces it (in light DOM), sends
 * JSON to `endpoint`, and never loses a submission: offline or on a server failure it waits in
 * an outbox (IndexedDB) and is retried until the server has it, once.
 *
 * @summary "Was this service useful?", a rating, a comment and complaints, that lose nothing.
 *
 * @tagname qulay-feedback
 *
 * @cssprop --qulay-color-surface-raised - Background of the block.
 *
 * @fires qulay-feedback - Before sending, cancelable; `detail` is the submission. Cancel it to send it yourself.
 */
export class QulayFeedback extends QulayElement {
  static override lightStyles = feedbackStyles;
  static override dependencies = { 'qulay-rating': QulayRating };

  /** Where submissions are posted as JSON. */
  @property() endpoint = '';
  /** The service's id, sent with each submission. */
  @property() service = '';
  /** The heading level of the block's title, 2 to 6. */
  @property({ attribute: 'heading-level' }) headingLevel = '2';
  /** The longest comment, in characters as people count them. */
  @property({ type: Number, attribute: 'max-length' }) maxLength = 1000;

  @state() private useful?: boolean;
  @state() private comment = '';
  @state() private complaint = false;
  @state() private category: ComplaintCategory | '' = '';
  @state() private contact = '';
  @state() private rating = 0;
  @state() private phase: Phase = 'asking';
  @state() private serverError = '';
  @state() private fieldErrors: Partial<Record<'comment' | 'category', string>> = {};
  @state() private lastComment = '';

  private readonly modes = new ModeController(this);
  private readonly idBase = `qulay-feedback-${++instances}`;
  private fallback: Element[] = [];

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    // The agency's no-JavaScript form stays in the page, hidden, while the kit's form works.
    this.fallback = [...this.children].filter((child) => !child.hasAttribute('data-qulay-feedback'));
    for (const child of this.fallback) child.setAttribute('hidden', '');
    super.connectedCallback();
    startOutbox();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel') && !/^[2-6]$/.test(String(this.headingLevel))) {
      this.warnInvalid('heading-level', this.headingLevel, '2, 3, 4, 5 or 6', '2');
      this.headingLevel = '2';
    }
    if (changed.has('maxLength') && !(Number.isInteger(this.maxLength) && this.maxLength > 0)) {
      this.warnInvalid('max-length', this.maxLength, 'a whole number above 0', '1000');
      this.maxLength = 1000;
    }
    if (changed.has('endpoint') && this.endpoint && !safeUrl(this.endpoint)) {
      this.warnInvalid('endpoint', this.endpoint, 'an http(s) or relative URL', 'no endpoint');
      this.endpoint = '';
    }
  }

  private idFor(name: string): string {
    return `${this.idBase}-${name}`;
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
      void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#${this.idFor(first)}`)?.focus());
      return false;
    }
    return true;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.phase === 'sending' || this.useful === undefined) return;
    const form = event.target as HTMLFormElement;
    // A person never sees the honeypot; a bot fills it. It is thanked, and nothing is sent.
    const honeypot = (form.elements.namedItem('website') as HTMLInputElement | null)?.value;
    if (!this.validate()) return;
    const { simplified } = this.modes.modes;
    const submission: FeedbackSubmission = {
      id: crypto.randomUUID(),
      service: this.service,
      useful: this.useful,
      rating: !simplified && this.rating > 0 ? this.rating : null,
      comment: this.comment.trim(),
      complaint: !simplified && this.complaint && this.category ? { category: this.category, contact: this.contact.trim() } : null,
      lang: activeLocale(),
      page: location.pathname,
      createdAt: new Date().toISOString(),
    };
    this.serverError = '';
    this.lastComment = submission.comment;
    if (honeypot) return this.finish('sent');
    if (!this.emit('qulay-feedback', submission, { cancelable: true })) return this.finish('sent');
    if (!this.endpoint) {
      this.warn('has no endpoint and no qulay-feedback listener took the submission; it was not sent.');
      return;
    }
    this.phase = 'sending';
    const result = await postFeedback(this.endpoint, submission.id, submission);
    if (result.kind === 'sent') return this.finish('sent');
    if (result.kind === 'rejected') {
      this.phase = 'asking';
      this.serverError = result.message || msg('The server did not accept your feedback. Please check it and try again.');
      return;
    }
    await queueFeedback(this.endpoint, submission.id, submission);
    this.finish('queued');
  }

  private finish(phase: 'sent' | 'queued'): void {
    this.phase = phase;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#${this.idFor('done')}`)?.focus());
  }

  private startOver(): void {
    this.useful = undefined;
    this.comment = '';
    this.complaint = false;
    this.category = '';
    this.contact = '';
    this.rating = 0;
    this.fieldErrors = {};
    this.phase = 'asking';
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('input[name="useful"]')?.focus());
  }

  private renderDone() {
    const queued = this.phase === 'queued';
    return html`<div class="done" id=${this.idFor('done')} tabindex="-1">
      <p class="done-title">
        ${queued ? msg('Saved. It will be sent when you are back online.') : msg('Thank you! Your feedback has been sent.')}
      </p>
      ${this.lastComment ? html`<p class="you-wrote">${msg('You wrote:')} <q>${this.lastComment}</q></p>` : nothing}
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
    return html`<form class="form" novalidate @submit=${this.onSubmit} aria-busy=${this.phase === 'sending' ? 'true' : nothing}>
      ${this.serverError ? html`<div class="server-error" role="alert">${this.serverError}</div>` : nothing}
      <fieldset class="useful">
        <legend>${msg('Was this service useful?')}</legend>
        <label class="choice"
          ><input type="radio" name="useful" value="yes" .checked=${this.useful === true} @change=${() => (this.useful = true)} />
          <span>${msg('Yes')}</span></label
        >
        <label class="choice"
          ><input type="radio" name="useful" value="no" .checked=${this.useful === false} @change=${() => (this.useful = false)} />
          <span>${msg('No')}</span></label
        >
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
                  ? html`<div class="field">
                        <label for=${this.idFor('category')}>${msg('What is the complaint about?')}</label>
                        ${this.renderField('category')}
                        <select
                          id=${this.idFor('category')}
                          name="category"
                          aria-describedby=${describedBy('category')}
                          aria-invalid=${this.fieldErrors.category ? 'true' : nothing}
                          .value=${this.category}
                          @change=${(e: Event) => (this.category = (e.target as HTMLSelectElement).value as ComplaintCategory)}
                        >
                          <option value="">${msg('Choose…')}</option>
                          ${complaintCategories.map((c) => html`<option value=${c}>${categoryLabel(c)}</option>`)}
                        </select>
                      </div>
                      <div class="field">
                        <label for=${this.idFor('contact')}>${msg('Phone or email for a reply (optional)')}</label>
                        <input
                          id=${this.idFor('contact')}
                          name="contact"
                          autocomplete="email"
                          .value=${this.contact}
                          @input=${(e: Event) => (this.contact = (e.target as HTMLInputElement).value)}
                        />
                      </div>`
                  : nothing}`}
            <div class="honeypot qulay-visually-hidden" aria-hidden="true">
              <label for=${this.idFor('website')}>Website</label>
              <input id=${this.idFor('website')} name="website" tabindex="-1" autocomplete="off" />
            </div>
            <button class="button primary" type="submit" ?disabled=${this.phase === 'sending'}>
              ${this.phase === 'sending' ? msg('Sending…') : msg('Send feedback')}
            </button>
          `}
    </form>`;
  }

  override render() {
    const tag = headingTags[Number(this.headingLevel)] ?? headingTags[2];
    return html`<section class="block" data-qulay-feedback aria-labelledby=${this.idFor('title')}>
      ${staticHtml`<${tag} class="title" id=${this.idFor('title')}>${msg('Your feedback')}</${tag}>`}
      ${this.phase === 'sent' || this.phase === 'queued' ? this.renderDone() : this.renderForm()}
    </section>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qulay-feedback': CustomEvent<FeedbackSubmission>;
  }
}
