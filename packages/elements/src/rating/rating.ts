import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { msg } from '@lit/localize';
import { QulayElement, baseStyles } from '@qulay/core';
import { starPath } from '../shared/icons.js';
import { ratedText, ratingText, starsOf } from '../shared/rating-words.js';
import { ratingStyles } from './rating.styles.js';

const star = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${starPath}</svg>`;

/**
 * A form control for a rating from 1 to `max`, or, with `readonly`, a display of an average
 * such as 4.6. It takes part in forms like a native control: `FormData`, reset, validation
 * and the browser's restore of form state.
 *
 * @summary A star rating: a radio group with one tab stop, or a display-only image.
 *
 * @tagname qulay-rating
 *
 * @slot label - The group's name, when richer than the `label` attribute.
 *
 * @csspart group - The radio group.
 * @csspart option - Each star.
 * @csspart display - The display-only stars.
 *
 * @cssprop --qulay-rating-color - Colour of the stars. Default: the warning colour (4.5:1 on white).
 *
 * @fires input - When the user picks a value (not when it is set from script).
 * @fires change - When the user picks a value (not when it is set from script).
 */
export class QulayRating extends QulayElement {
  static override styles = [baseStyles, ratingStyles];
  static formAssociated = true;
  static override shadowRootOptions = { ...QulayElement.shadowRootOptions, delegatesFocus: true };

  /** The form field name. */
  @property({ reflect: true }) name = '';
  /** The rating; 0 means none. Fractions only with `readonly`. */
  @property({ type: Number }) value = 0;
  /** The highest rating, 1 to 10. */
  @property({ type: Number }) max = 5;
  /** A rating must be chosen before the form submits. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** Not editable and not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Display only: an image such as "Rated 4.6 out of 5", not focusable. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** The group's name. */
  @property() label = '';
  /** With `readonly`: the number of ratings, shown as "12 480 reviews". */
  @property({ type: Number }) count?: number;

  @state() private preview = 0;
  @state() private formDisabled = false;

  private readonly internals = this.attachInternals();
  private defaultValue = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.defaultValue = this.clampValue(Number(this.getAttribute('value') ?? 0), false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('max')) {
      const max = Number(this.max);
      if (!Number.isInteger(max) || max < 1 || max > 10) {
        const fallback = Number.isFinite(max) ? Math.min(10, Math.max(1, Math.round(max))) : 5;
        this.warnInvalid('max', this.getAttribute('max') ?? this.max, 'a whole number from 1 to 10', String(fallback));
        this.max = fallback;
      }
    }
    if (changed.has('value') || changed.has('max') || changed.has('readonly')) {
      this.value = this.clampValue(this.value, true);
    }
    if (changed.has('count') && this.count !== undefined && !(Number.isFinite(this.count) && this.count >= 0)) {
      this.warnInvalid('count', this.count, 'a number, 0 or more', 'no count');
      this.count = undefined;
    }
  }

  protected override updated(): void {
    const editable = !this.readonly && !this.isDisabled;
    this.internals.setFormValue(editable && this.value > 0 ? String(this.value) : null, String(this.value));
    const option = this.renderRoot.querySelector<HTMLElement>('[part~="option"]') ?? undefined;
    if (editable && this.required && this.value === 0) {
      this.internals.setValidity({ valueMissing: true }, msg('Choose a rating'), option);
    } else {
      this.internals.setValidity({});
    }
  }

  /** Clamps to 0…max (whole numbers unless read-only), warning about anything else. */
  private clampValue(raw: number, warn: boolean): number {
    const max = Number.isInteger(this.max) && this.max >= 1 && this.max <= 10 ? this.max : 5;
    if (!Number.isFinite(raw)) {
      if (warn) this.warnInvalid('value', this.getAttribute('value') ?? raw, `a number from 0 to ${max}`, '0');
      return 0;
    }
    const clamped = Math.min(max, Math.max(0, raw));
    const value = this.readonly ? Math.round(clamped * 10) / 10 : Math.round(clamped);
    if (warn && clamped !== raw) this.warnInvalid('value', raw, `a number from 0 to ${max}`, String(value));
    return value;
  }

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The form's validity, as on native controls. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formResetCallback(): void {
    this.value = this.defaultValue;
  }

  formStateRestoreCallback(state: string | null): void {
    this.value = this.clampValue(Number(state ?? 0), false);
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Sets the value as the user's choice: focus follows, and `input` and `change` fire. */
  private choose(value: number): void {
    if (this.isDisabled || this.readonly) return;
    const next = Math.min(this.max, Math.max(1, value));
    const changed = next !== this.value;
    this.value = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-value="${next}"]`)?.focus());
    if (changed) {
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  private onKeydown(event: KeyboardEvent): void {
    // Arrows move from the focused star (the chosen one, or the first when none is chosen).
    const current = Number((event.target as HTMLElement).dataset.value) || this.value || 1;
    const rtl = this.contentDir === 'rtl';
    const step: Record<string, number> = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, ArrowUp: 1, ArrowDown: -1 };
    let next: number | undefined;
    if (event.key in step) next = this.value === 0 && step[event.key] > 0 ? current : current + step[event.key];
    else if (event.key === 'Home') next = 1;
    else if (event.key === 'End') next = this.max;
    else if (event.key === ' ' || event.key === 'Enter') next = Number((event.target as HTMLElement).dataset.value);
    else if (/^[0-9]$/.test(event.key)) {
      const digit = event.key === '0' ? 10 : Number(event.key);
      if (digit <= this.max) next = digit;
    }
    if (next === undefined) return;
    event.preventDefault();
    this.choose(next);
  }

  private renderDisplay() {
    const text = ratingText(this.value, this.count, this.max);
    const fill = (element?: Element) => {
      // A CSSOM write: a style attribute would be blocked by a strict CSP.
      if (element instanceof HTMLElement) element.style.width = `${(this.value / this.max) * 100}%`;
    };
    return html`<span part="display" class="display" role="img" aria-label=${ratedText(this.value, this.count, this.max)}>
        ${Array.from({ length: this.max }, () => star)}
        <span class="filled" ${ref(fill)}>${Array.from({ length: this.max }, () => star)}</span>
      </span>
      <span class="count" aria-hidden="true">${text}</span>`;
  }

  override render() {
    if (this.readonly) return this.renderDisplay();
    const shown = this.preview || this.value;
    const focusable = this.value || 1;
    return html`
      <span class="label" id="label"><slot name="label">${this.label}</slot></span>
      <div
        part="group"
        class="group"
        role="radiogroup"
        aria-labelledby="label"
        aria-required=${this.required ? 'true' : nothing}
        aria-disabled=${this.isDisabled ? 'true' : nothing}
        @pointerleave=${() => (this.preview = 0)}
      >
        ${Array.from({ length: this.max }, (_, i) => {
          const n = i + 1;
          const classes = ['option', n <= this.value ? 'on' : '', this.preview && n <= shown && n > this.value ? 'preview' : ''].join(' ');
          return html`<span
            part="option"
            class=${classes}
            role="radio"
            data-value=${n}
            aria-checked=${n === this.value ? 'true' : 'false'}
            aria-label=${starsOf(n, this.max)}
            tabindex=${this.isDisabled ? -1 : n === focusable ? 0 : -1}
            @pointerenter=${() => !this.isDisabled && (this.preview = n)}
            @click=${() => this.choose(n)}
            @keydown=${this.onKeydown}
            >${star}</span
          >`;
        })}
      </div>
    `;
  }
}
