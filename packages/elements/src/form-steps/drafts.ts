import { fieldName, fieldsIn, formValues, isChoice, isNativeField, type Field } from './fields.js';

/** Where the citizen was: the step, and the question within it (the simplified layout). */
export interface DraftPlace {
  step: number;
  question: number;
}

/**
 * A saved draft: the place the citizen was at, and the values by field name. `question` came
 * later: a draft without one (saved by an older version) reads question 0.
 */
interface Draft extends DraftPlace {
  v: 1;
  values: Record<string, string | string[]>;
}

/** A whole number of 0 or more from a draft, else 0. */
const place = (value: unknown) => (Number.isInteger(value) && Number(value) > 0 ? Number(value) : 0);

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
  schedule(at: DraftPlace): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.save(at);
    }, 300);
  }

  /** Writes a change still waiting for its debounce now. Nothing waits after `forget()` (a sent form). */
  flush(at: DraftPlace): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.save(at);
  }

  private placeNow: () => DraftPlace = () => ({ step: 0, question: 0 });
  private readonly onPageHide = () => this.flush(this.placeNow());
  private readonly onVisibility = () => document.visibilityState === 'hidden' && this.flush(this.placeNow());

  /**
   * Saves as the citizen types (debounced) while `active()`, and at once when the page is
   * hidden, closed or reloaded (`pagehide`, `visibilitychange`): a change made just before a
   * reload is kept too. `at()` is the step and question to reopen on.
   */
  watch(at: () => DraftPlace, active: () => boolean): void {
    this.placeNow = at;
    const later = () => active() && this.schedule(at());
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

  save({ step, question }: DraftPlace): void {
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
      else sessionStorage.setItem(this.storageKey, JSON.stringify({ v: 1, step, question, values } satisfies Draft));
    } catch {
      this.warn('could not save the draft (storage is full or blocked); what is typed stays in the page only.');
    }
  }

  /** Puts the saved values back; returns the saved place and how many fields were filled. */
  restore(): (DraftPlace & { count: number }) | undefined {
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
    return { step: place(draft.step), question: place(draft.question), count };
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
