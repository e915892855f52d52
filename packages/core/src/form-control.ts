import type { PropertyValues, ReactiveElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { QulayElement } from './qulay-element.js';

/** What a validator found wrong: the `ValidityState` flag to raise and the message to show. */
export interface ValidationFailure {
  flag: Exclude<keyof ValidityStateFlags, 'customError'>;
  message: string;
}

/**
 * One constraint as a small object. `check` runs synchronously whenever `value`, `disabled`,
 * `required` or one of `observedProperties` is set; call `msg()` inside it (page language).
 */
export interface Validator<T extends QulayFormControl = QulayFormControl> {
  observedProperties?: string[];
  check(control: T): ValidationFailure | undefined;
}

/** `valueMissing` when the control is `required` and submits nothing. */
export function requiredValidator(message: () => string = () => msg('Fill in this field.')): Validator {
  return {
    observedProperties: ['required'],
    check: (control) => (control.required && control.formValue === null ? { flag: 'valueMissing', message: message() } : undefined),
  };
}

/**
 * The form-associated sibling of `QulayElement` (in the spirit of Web Awesome's and
 * Material's mixins): `FormData`, `required`, `setCustomValidity`, reset, a disabled
 * fieldset and the browser's restore of form state, as on a native control.
 *
 * Value and validity reach `ElementInternals` synchronously, from the property setter itself
 * (through `requestUpdate`, which every Lit setter calls): `new FormData(form)` and
 * `checkValidity()` are right straight after `el.value = 4`, not after the next render.
 *
 * Subclasses give `formValue` (what the form submits; `null` for nothing), optionally
 * `formState`, `formProperties` (their own properties the value depends on), `validators`
 * and `validationAnchor()` (the shadow element the browser's message bubble points at), and
 * call `markInteracted()` when the user changes the value.
 *
 * The custom state `user-invalid` (`:state(user-invalid)`) is set only once the user changed
 * the value or tried to submit (an `invalid` event), and while the control is invalid: like
 * GOV.UK, the kit does not show an error before the user has had a chance to answer.
 *
 * A page (or `<qulay-form-steps>`) marks an error on the host, where it can: `aria-invalid`
 * and `aria-describedby` pointing at light-DOM text. The host has no role, so a screen reader
 * would never hear them: subclasses name the inner element that has the role in
 * `ariaTarget()`, which then gets the described-by elements (ARIA element reflection, which
 * may point out of the shadow root), and render `aria-invalid` from `shownInvalid`.
 */
export class QulayFormControl extends QulayElement {
  static formAssociated = true;

  /** The constraints checked after the browser's own (`disabled`, `readonly`). */
  static validators: Validator[] = [];

  /** The subclass's own properties that change `formValue` (besides `value`). */
  static formProperties: string[] = [];

  // Declared before any reactive field: Lit setters run during construction and sync.
  protected readonly internals: ElementInternals = this.attachInternals();
  private customMessage = '';
  private interacted = false;

  /** True while the `user-invalid` state is set; subclasses render `aria-invalid` from it. */
  @state() protected userInvalid = false;

  /** The form field name; kept in the attribute, which `FormData` reads, so it applies at once. */
  @property()
  get name(): string {
    return this.getAttribute('name') ?? '';
  }
  set name(value: string) {
    this.setAttribute('name', String(value));
  }

  /** Not editable, focusable or submitted; kept in the attribute, which `:disabled` and `FormData` read. */
  @property({ type: Boolean })
  get disabled(): boolean {
    return this.hasAttribute('disabled');
  }
  set disabled(value: boolean) {
    this.toggleAttribute('disabled', Boolean(value));
  }

  /** A value must be given before the form submits. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** What the form submits for this control's `name`; `null` submits nothing. */
  get formValue(): string | null {
    return null;
  }

  /** What the browser keeps for back/forward navigation and hands to `formStateRestoreCallback`. */
  protected get formState(): string | null {
    return this.formValue;
  }

  /** The form the control belongs to, or `null`. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  /** The `<label>` elements that label the control (`<label for>` or a wrapping label). */
  get labels(): NodeList {
    return this.internals.labels;
  }
  /** The control's validity, as on native controls. */
  get validity(): ValidityState {
    return this.internals.validity;
  }
  /** The message for the first failed constraint (a custom message first), or `''`. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  /** False when the control is barred from validation (disabled, readonly, no form rules). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  /** Fires `invalid` and returns false when the control is invalid. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** Like `checkValidity()`, and the browser shows the message at `validationAnchor()`. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
  /** A custom error message, as on native controls; `''` clears it. */
  setCustomValidity(message: string): void {
    this.customMessage = String(message ?? '');
    this.syncFormState();
  }

  /** Invalid for assistive technology: `user-invalid`, or the page marked the host `aria-invalid`. */
  protected get shownInvalid(): boolean {
    const marked = this.getAttribute('aria-invalid');
    return this.userInvalid || (marked !== null && marked !== 'false');
  }

  /** The shadow element with the control's role, which gets the host's `aria-describedby`; none by default. */
  protected ariaTarget(): HTMLElement | undefined {
    return undefined;
  }

  /** The host's `aria-describedby` ids, resolved where the host lives, onto `ariaTarget()`. */
  private reflectDescription(): void {
    const target = this.ariaTarget() as (HTMLElement & { ariaDescribedByElements?: Element[] | null }) | undefined;
    if (!target) return;
    const root = this.getRootNode() as Document | DocumentFragment;
    const ids = this.getAttribute('aria-describedby')?.split(/\s+/).filter(Boolean) ?? [];
    const elements = ids.map((id) => root.getElementById?.(id)).filter((el): el is HTMLElement => !!el);
    target.ariaDescribedByElements = elements.length ? elements : null;
    // The page may add the description element after pointing at it: watch the tree until it exists.
    this.pendingIds?.disconnect();
    this.pendingIds = undefined;
    if (elements.length < ids.length && this.isConnected) {
      // Only the description is looked up again: nothing needs a re-render.
      this.pendingIds = new MutationObserver(() => this.reflectDescription());
      this.pendingIds.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
    }
  }

  /** Watches the host's tree while an `aria-describedby` id has no element yet. */
  private pendingIds?: MutationObserver;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pendingIds?.disconnect();
    this.pendingIds = undefined;
  }

  constructor() {
    super();
    // A submit attempt (or a step's check) found the control invalid: now errors may show.
    this.addEventListener('invalid', () => this.markInteracted());
    // The page marked (or unmarked) an error, or named the control, on the host: pass it on to
    // the inner element (at any time, not only before a first check).
    // An observer, not observedAttributes: these are the page's attributes, not the control's API.
    new MutationObserver(() => this.requestUpdate()).observe(this, {
      attributes: true,
      attributeFilter: ['aria-describedby', 'aria-invalid', 'aria-label', 'aria-labelledby'],
    });
  }

  /** Every Lit setter calls this synchronously; value and validity follow at once. */
  override requestUpdate(...args: Parameters<ReactiveElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    const [name] = args;
    if (typeof name === 'string' && this.observesForm(name)) this.syncFormState();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.reflectDescription();
    // After a render: the anchor may be a new element, and the language may have changed.
    this.syncFormState();
  }

  /** The user changed the value (or tried to submit): `user-invalid` may show from now on. */
  protected markInteracted(): void {
    this.interacted = true;
    this.syncFormState();
  }

  /** The shadow element the browser's validation bubble points at; the host when undefined. */
  protected validationAnchor(): HTMLElement | undefined {
    return undefined;
  }

  /** The control takes input: not disabled (itself or by a fieldset) and not `readonly`. */
  protected get mutable(): boolean {
    return !this.matches(':disabled') && !this.hasAttribute('readonly');
  }

  /** Writes the form value, the validity and the `user-invalid` state to ElementInternals. */
  protected syncFormState(): void {
    const internals = this.internals;
    if (!internals) return; // a setter ran before the fields were initialized
    internals.setFormValue(this.formValue, this.formState);
    const flags: ValidityStateFlags = {};
    let message = '';
    // Like native controls, a control that takes no input has no failed constraint but a custom one.
    if (this.mutable) {
      for (const validator of (this.constructor as typeof QulayFormControl).validators) {
        const failure = validator.check(this);
        if (!failure) continue;
        flags[failure.flag] = true;
        message ||= failure.message;
      }
    }
    if (this.customMessage) {
      flags.customError = true;
      message = this.customMessage;
    }
    if (Object.keys(flags).length) internals.setValidity(flags, message || msg('Enter a valid value.'), this.validationAnchor());
    else internals.setValidity({});
    const userInvalid = this.interacted && internals.willValidate && !internals.validity.valid;
    if (userInvalid) internals.states.add('user-invalid');
    else internals.states.delete('user-invalid');
    if (this.userInvalid !== userInvalid) this.userInvalid = userInvalid;
  }

  /** Whether a change of this property can change the value or the validity. */
  private observesForm(name: string): boolean {
    const { formProperties, validators } = this.constructor as typeof QulayFormControl;
    return ['value', 'disabled', 'required', ...formProperties].includes(name) || validators.some((v) => v.observedProperties?.includes(name));
  }

  /** The form was reset: the subclass restores its default value first; errors hide again. */
  formResetCallback(): void {
    this.interacted = false;
    this.syncFormState();
  }

  /** The browser restores the state kept by `formState` (back/forward, autofill). */
  formStateRestoreCallback(_state: string | File | FormData | null, _mode: 'restore' | 'autocomplete' = 'restore'): void {
    this.syncFormState();
  }

  /** Called when the control or an ancestor fieldset becomes disabled or enabled. */
  formDisabledCallback(_disabled: boolean): void {
    this.syncFormState();
    this.requestUpdate();
  }
}
