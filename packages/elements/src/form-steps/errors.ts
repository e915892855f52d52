import { isField, sortByPage, type Field } from './fields.js';
import type { FieldError } from './validation.js';

/**
 * Which errors stand: the kit's own on the visible step, and the server's (`setErrors`) on any
 * step until the citizen answers those fields again.
 */
export class ErrorState {
  /** The kit's and the agency's checks on the visible step. */
  step: FieldError[] = [];
  /** What the server said, by field. */
  server: FieldError[] = [];
  /** An error of the whole form (the submission failed), shown in the summary until the next try. */
  general = '';
  /** Set when `general` is the kit's own words ("Your application could not be sent…"). */
  generalAgain?: () => string;

  /** The page's language changed: the kit's own messages read again in it; the agency's and the server's stay. */
  relabel(): void {
    this.step = this.step.map((e) => (e.again ? { ...e, message: e.again() } : e));
    if (this.general && this.generalAgain) this.general = this.generalAgain();
  }

  clear(): void {
    this.step = [];
    this.server = [];
    this.general = '';
  }

  /** The citizen answered these fields again, validly: what the server said about them is stale. */
  answered(fields: Iterable<Field>): void {
    const again = new Set(fields);
    this.server = this.server.filter((e) => !again.has(e.field));
    this.step = [];
  }

  /**
   * Takes `{ name: message }` from a server, in page order. Returns them, and the names that are
   * no field in a step (hidden inputs, fields outside every step, typos), to be reported once.
   */
  fromServer(form: HTMLFormElement, inStep: (field: Field) => boolean, errors: unknown): { found: FieldError[]; unknown: string[] } {
    const found: FieldError[] = [];
    const unknown: string[] = [];
    for (const [name, message] of Object.entries(errors && typeof errors === 'object' ? errors : {})) {
      const field = [...form.querySelectorAll(`[name="${CSS.escape(name)}"]`)].find((el): el is Field => isField(el) && inStep(el));
      if (field) found.push({ field, message: typeof message === 'string' ? message : '' });
      else unknown.push(name);
    }
    if (found.length) this.server = sortByPage(found);
    return { found: this.server.filter((e) => found.includes(e)), unknown };
  }

  /** The errors to show by their fields on `step`, and those of other steps (in the summary only). */
  split(step: Element): { here: FieldError[]; elsewhere: FieldError[] } {
    const serverHere = this.server.filter((e) => step.contains(e.field) && !this.step.some((own) => own.field === e.field));
    return { here: sortByPage([...this.step, ...serverHere]), elsewhere: this.server.filter((e) => !step.contains(e.field)) };
  }
}
