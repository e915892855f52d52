import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { msg } from '@lit/localize';
import { QulayFormControl, baseStyles, quotedValue as quoted, requiredValidator, type Validator } from '@qulay/core';
import { starPath } from '../shared/icons.js';
import { ratedText, ratingText, starsOf } from '../shared/rating-words.js';
import { ratingStyles } from './rating.styles.js';
import { groupNameOf, unnamedWarning } from './rating-name.js';

const star = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${starPath}</svg>`;

/** `max` as used: a whole number from 1 to 10; 5 for anything that is not a number. */
function normalizeMax(raw: number): number {
  return Number.isFinite(raw) ? Math.min(10, Math.max(1, Math.round(raw))) : 5;
}

/** `value` as used: 0…max, whole unless display-only (then one decimal); 0 for not-a-number. */
function clampRating(raw: number, max: number, readonly: boolean): number {
  if (!Number.isFinite(raw)) return 0;
  const clamped = Math.min(max, Math.max(0, raw));
  return readonly ? Math.round(clamped * 10) / 10 : Math.round(clamped);
}

/** An empty `max` attribute is not a number (warned, then 5), not `Number('')`, which is 0; no attribute is 5. */
const maxConverter = { fromAttribute: (value: string | null) => (value === null ? 5 : value.trim() === '' ? Number.NaN : Number(value)) };

/**
 * A form control for a rating from 1 to `max`, or, with `readonly`, a display of an average
 * such as 4.6. It takes part in forms like a native control (it is a `QulayFormControl`):
 * `name`, `FormData`, `required`, `setCustomValidity()`, `checkValidity()`,
 * `reportValidity()`, `validity`, `validationMessage`, `willValidate`, `form`, `labels`,
 * reset to the `value` attribute, a disabled fieldset and the browser's restore of form
 * state. All of them are right straight after a script sets `value`.
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
 * @cssstate user-invalid - Invalid, after the user chose a star or tried to submit (never
 *   before): the group is outlined in the danger colour and has `aria-invalid`. An
 *   `aria-invalid` and `aria-describedby` set on the host by the page (or by form steps)
 *   reach the radiogroup, so a screen reader hears the error.
 *
 * @cssprop --qulay-rating-color - Colour of the stars. Default: the warning colour (4.5:1 on white).
 *
 * @fires input - When the user picks a value (not when it is set from script).
 * @fires change - When the user picks a value (not when it is set from script).
 */
export class QulayRating extends QulayFormControl {
  static override styles = [baseStyles, ratingStyles];
  static override shadowRootOptions = { ...QulayFormControl.shadowRootOptions, delegatesFocus: true };
  static override validators: Validator<QulayRating>[] = [requiredValidator(() => msg('Choose a rating'))];
  /** The value is clamped to `max` and rounded unless `readonly`: both change what is submitted. */
  static override formProperties = ['max', 'readonly'];
  /** How long after the first render the name is checked, in ms (tests shorten it). @internal */
  static nameCheckDelay = 500;

  /**
   * The rating; 0 means none. Fractions only with `readonly`. The `value` attribute is the
   * default a form reset returns to. Out-of-range values are clamped (with one warning).
   */
  @property({ type: Number })
  get value(): number {
    return clampRating(this.rawValue, this.max, this.readonly);
  }
  set value(value: number) {
    // null and undefined (a framework's "none") are no rating, not a bad value.
    this.rawValue = value == null ? 0 : Number(value);
    // Even when the clamped value is unchanged (-2 and 0 both read 0), check it once and warn.
    this.requestUpdate();
  }

  /** The highest rating, a whole number from 1 to 10 (5 by default). */
  @property({ type: Number, converter: maxConverter })
  get max(): number {
    return normalizeMax(this.rawMax);
  }
  set max(value: number) {
    this.rawMax = value == null ? 5 : Number(value);
    this.requestUpdate();
  }

  /**
   * Display only: an image such as "Rated 4.6 out of 5", not focusable, not submitted and not
   * validated. Kept in the attribute, which the browser reads to bar it from validation.
   */
  @property({ type: Boolean })
  get readonly(): boolean {
    return this.hasAttribute('readonly');
  }
  set readonly(value: boolean) {
    this.toggleAttribute('readonly', Boolean(value));
  }

  /** The group's name. With no name at all (nor slot, `<label for>`, `aria-label`, `aria-labelledby`): one warning, and "Rating". */
  @property() label = '';
  /** With `readonly`: the number of ratings, shown as "12 480 reviews". */
  @property({ type: Number }) count?: number;

  @state() private preview = 0;

  private starHadFocus = false;
  private rawValue = 0;
  private rawMax = 5;

  override get formValue(): string | null {
    return !this.readonly && this.value > 0 ? String(this.value) : null;
  }

  protected override get formState(): string {
    return String(this.value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.starHadFocus = Boolean(this.shadowRoot?.activeElement?.matches('[part~="option"]'));
    // Warnings wait for the first render: attributes arrive one by one (value="7" before max="10").
    if (this.rawMax !== this.max) {
      this.warnInvalid('max', quoted(this.getAttribute('max') ?? this.rawMax), 'a whole number from 1 to 10', String(this.max));
    }
    if (!(this.rawValue >= 0 && this.rawValue <= this.max)) {
      const raw = Number.isFinite(this.rawValue) ? this.rawValue : quoted(this.getAttribute('value') ?? this.rawValue);
      this.warnInvalid('value', raw, `a number from 0 to ${this.max}`, String(this.value));
    }
    if (this.count === null) this.count = undefined; // a framework's "none"
    if (changed.has('count') && this.count !== undefined && !(Number.isFinite(this.count) && this.count >= 0)) {
      this.warnInvalid('count', quoted(this.getAttribute('count') ?? this.count), 'a number, 0 or more', 'no count');
      this.count = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A script changed the value while a star had focus: that star is no longer focusable
    // (only the tab stop is), so focus moves with the tab stop instead of falling to <body>.
    const anchor = this.validationAnchor();
    if (this.starHadFocus && anchor && this.shadowRoot?.activeElement !== anchor) anchor.focus();
  }

  /** The radiogroup carries the host's `aria-describedby` (an error message by the form, say). */
  protected override ariaTarget(): HTMLElement | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>('[role="radiogroup"]') ?? undefined;
  }

  /** The browser's bubble points at the star that takes focus. */
  protected override validationAnchor(): HTMLElement | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>('[part~="option"][tabindex="0"]') ?? undefined;
  }

  override formResetCallback(): void {
    // Back to the default, the `value` attribute, like a native input.
    this.value = Number(this.getAttribute('value') ?? 0);
    super.formResetCallback();
  }

  override formStateRestoreCallback(state: string | File | FormData | null, mode: 'restore' | 'autocomplete' = 'restore'): void {
    this.value = typeof state === 'string' ? Number(state) : 0;
    super.formStateRestoreCallback(state, mode);
  }

  private get isDisabled(): boolean {
    return !this.mutable;
  }

  /** Sets the value as the user's choice: focus follows, and `input` and `change` fire. */
  private choose(value: number): void {
    if (this.isDisabled || this.readonly) return;
    const next = Math.min(this.max, Math.max(1, value));
    const changed = next !== this.value;
    this.value = next;
    this.markInteracted();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-value="${next}"]`)?.focus());
    if (changed) {
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  /**
   * The WAI-ARIA APG radio group pattern (https://www.w3.org/WAI/ARIA/apg/patterns/radio/):
   * - Right Arrow and Down Arrow move focus to the next radio button, checking it; from the
   *   last they wrap to the first. In an unchecked group focus is on the first star, so the
   *   first arrow press checks the second star, not the focused one.
   * - Left Arrow and Up Arrow move focus to the previous radio button, checking it; from the
   *   first they wrap to the last.
   * - Space checks the focused radio button if it is not already checked.
   * In right-to-left text Left and Right swap (the "next" star is on the left).
   * Kit extras outside the pattern, for an ordered scale: Home and End choose 1 and `max`;
   * a digit chooses that rating (0 is 10); Enter checks the focused star like Space.
   */
  private onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const focused = Number((event.target as HTMLElement).dataset.value) || this.value || 1;
    const rtl = this.contentDir === 'rtl';
    const max = this.max;
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
      case rtl ? 'ArrowLeft' : 'ArrowRight':
        next = focused >= max ? 1 : focused + 1;
        break;
      case 'ArrowUp':
      case rtl ? 'ArrowRight' : 'ArrowLeft':
        next = focused <= 1 ? max : focused - 1;
        break;
      case ' ':
      case 'Enter':
        next = focused;
        break;
      case 'Home':
        next = 1;
        break;
      case 'End':
        next = max;
        break;
      default:
        if (/^[0-9]$/.test(event.key)) {
          const digit = event.key === '0' ? 10 : Number(event.key);
          if (digit <= max) next = digit;
        }
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

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Half a second after the first render, so a <label for> or aria-label the page (or a framework) adds next counts.
    setTimeout(() => void this.checkName(), (this.constructor as typeof QulayRating).nameCheckDelay);
  }

  /** Draws again with the names there are now; still none is one warning (an unnamed group is silent to a screen reader). */
  private async checkName(): Promise<void> {
    if (this.readonly || !this.isConnected) return;
    this.requestUpdate();
    await this.updateComplete;
    if (this.isConnected && groupNameOf(this, this.label).fallback) this.warn(unnamedWarning);
  }

  override render() {
    if (this.readonly) return this.renderDisplay();
    const shown = this.preview || this.value;
    // APG: Tab lands on the checked star, or on the first when none is checked (no check).
    // Only that star is focusable (no tabindex="-1" on the others): delegatesFocus sends
    // host.focus(), a <label> click and form-steps' "focus the field" to the first focusable
    // element in the shadow root, which must be this one. Arrow keys move it with the value.
    const tabStop = this.isDisabled ? 0 : this.value || 1;
    const name = groupNameOf(this, this.label);
    return html`
      <span class="label" id="label"><slot name="label" @slotchange=${() => this.requestUpdate()}>${this.label}</slot></span>
      <div
        part="group"
        class="group"
        role="radiogroup"
        aria-labelledby=${name.labelledby ?? nothing}
        aria-label=${name.label ?? nothing}
        aria-required=${this.required ? 'true' : nothing}
        aria-disabled=${this.isDisabled ? 'true' : nothing}
        aria-invalid=${this.shownInvalid ? 'true' : nothing}
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
            tabindex=${n === tabStop ? 0 : nothing}
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
