import { fieldName, fieldsIn, formValues, isChoice, isNativeField, type Field } from './fields.js';

/** A saved draft: the step the citizen was on, and the values by field name. */
interface Draft {
  v: 1;
  step: number;
  values: Record<string, string | string[]>;
}

/**
 * Saves what the citizen types in `sessionStorage` and puts it back after a reload. A draft
 * restores values and the step on screen only: it never marks a step as completed.
 */
export class DraftStore {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly key: string,
    private readonly form: HTMLFormElement,
    private readonly warn: (message: string) => void,
  ) {}

  private get storageKey(): string {
    return `qulay:draft:${this.key}`;
  }

  /** Fields whose values never go into a draft. */
  private excluded(field: Field): boolean {
    return (
      (field instanceof HTMLInputElement && ['password', 'file'].includes(field.type)) ||
      field.getAttribute('autocomplete') === 'one-time-code' ||
      field.closest('[data-qulay-no-draft]') !== null ||
      !fieldName(field)
    );
  }

  /** Saves a moment after the last key, not on every key. */
  schedule(step: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.save(step);
    }, 300);
  }

  /** Writes a change still waiting for its debounce now. Nothing waits after `forget()` (a sent form). */
  flush(step: number): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.save(step);
  }

  private stepNow: () => number = () => 0;
  private readonly onPageHide = () => this.flush(this.stepNow());
  private readonly onVisibility = () => document.visibilityState === 'hidden' && this.flush(this.stepNow());

  /**
   * Saves as the citizen types (debounced) while `active()`, and at once when the page is
   * hidden, closed or reloaded (`pagehide`, `visibilitychange`): a change made just before a
   * reload is kept too. `step()` is the step to reopen on.
   */
  watch(step: () => number, active: () => boolean): void {
    this.stepNow = step;
    const later = () => active() && this.schedule(step());
    this.form.addEventListener('input', later);
    this.form.addEventListener('change', later);
    this.watchPage(true);
  }

  /** The page-level listeners: off when the component leaves the page, on again when it returns. */
  watchPage(on: boolean): void {
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('pagehide', this.onPageHide);
    document[method]('visibilitychange', this.onVisibility);
  }

  save(step: number): void {
    const values: Draft['values'] = {};
    for (const field of fieldsIn(this.form)) {
      if (this.excluded(field)) continue;
      const name = fieldName(field);
      if (!isNativeField(field)) {
        const list = formValues(field, this.form);
        if (list.length) values[name] = list.length > 1 ? list : list[0];
      } else if (isChoice(field)) {
        if (!field.checked) continue;
        const current = values[name];
        values[name] = field.type === 'checkbox' ? [...(Array.isArray(current) ? current : []), field.value] : field.value;
      } else if (field instanceof HTMLSelectElement && field.multiple) {
        values[name] = [...field.selectedOptions].map((o) => o.value);
      } else if (field.value) {
        values[name] = field.value;
      }
    }
    try {
      // Nothing typed is nothing to keep: an emptied form leaves no draft behind.
      if (!Object.keys(values).length) sessionStorage.removeItem(this.storageKey);
      else sessionStorage.setItem(this.storageKey, JSON.stringify({ v: 1, step, values } satisfies Draft));
    } catch {
      this.warn('could not save the draft (storage is full or blocked); what is typed stays in the page only.');
    }
  }

  /** Puts the saved values back; returns the saved step and how many fields were filled. */
  restore(): { step: number; count: number } | undefined {
    let draft: Partial<Draft> | undefined;
    try {
      draft = JSON.parse(sessionStorage.getItem(this.storageKey) ?? 'null') ?? undefined;
    } catch {
      draft = undefined;
    }
    if (!draft?.values || typeof draft.values !== 'object') return undefined;
    let count = 0;
    for (const field of fieldsIn(this.form)) {
      const name = fieldName(field);
      if (this.excluded(field) || !Object.hasOwn(draft.values, name)) continue;
      const value = draft.values[name];
      const list = Array.isArray(value) ? value.map(String) : [String(value)];
      if (!isNativeField(field)) {
        // The standard way to give a custom control a value: its `value` property, in its own type.
        if ('value' in field) field.value = typeof field.value === 'number' ? Number(list[0]) : list[0];
      } else if (isChoice(field)) {
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

  forget(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    try {
      sessionStorage.removeItem(this.storageKey);
    } catch {
      // Storage blocked: there is nothing to forget.
    }
  }
}
