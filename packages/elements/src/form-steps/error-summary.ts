import { html, render } from 'lit';
import { msg } from '@lit/localize';
import { errorPrefix } from '../shared/error-words.js';
import { fieldName, groupOf, isChoice, labelText, sortByPage, type Field } from './fields.js';
import { checkThisAnswer } from './validation-messages.js';
import type { FieldError } from './validation.js';

let fieldIds = 0;

/**
 * GOV.UK-style errors: "There is a problem" at the top of the step with a link per error
 * (errors on other steps too), "Error: …" above each field of this step linked by
 * `aria-describedby`, `aria-invalid`, and "Error: " before the page title.
 */
export class ErrorDisplay {
  private baseTitle = '';

  constructor(
    private readonly idBase: string,
    /** Goes to a field, on another step if need be, and focuses it. */
    private readonly goTo: (field: Field) => void,
  ) {}

  /** Remembers the page title without a leftover "Error: " prefix. */
  start(): void {
    this.baseTitle = document.title.replace(/^[^:]*: /, (prefix) => (prefix === errorPrefix() ? '' : prefix));
  }

  /**
   * A message always says something: an empty one from a server, or one that only repeats the
   * field's label ("Full name: Full name"), becomes "Check this answer."
   */
  static message(error: FieldError): string {
    const text = String(error.message ?? '').trim();
    return text && text !== labelText(error.field) ? text : checkThisAnswer();
  }

  clear(root: Element): void {
    for (const node of root.querySelectorAll('[data-qulay-steps="summary"], .qulay-error-message')) node.remove();
    for (const field of root.querySelectorAll('[data-qulay-described]')) {
      const own = field.getAttribute('data-qulay-described') ?? '';
      if (own) field.setAttribute('aria-describedby', own);
      else field.removeAttribute('aria-describedby');
      field.removeAttribute('data-qulay-described');
      field.removeAttribute('aria-invalid');
    }
    if (this.baseTitle) document.title = this.baseTitle;
  }

  /**
   * Shows `here` (errors on the visible step) by their fields, and lists them with `elsewhere`
   * (errors on other steps) in a summary placed after `anchor`. Focuses the summary if asked.
   */
  show(root: Element, anchor: Element, here: FieldError[], elsewhere: FieldError[], { focus = true } = {}): void {
    this.clear(root);
    if (!here.length && !elsewhere.length) return;
    for (const error of here) this.markField(error.field, ErrorDisplay.message(error));
    for (const { field } of elsewhere) if (!field.id) field.id = `${this.idBase}-field-${++fieldIds}`;
    const all = sortByPage([...here, ...elsewhere]);
    const summary = document.createElement('div');
    summary.dataset.qulaySteps = 'summary';
    summary.tabIndex = -1;
    summary.setAttribute('aria-labelledby', `${this.idBase}-summary-title`);
    render(
      html`<h2 id=${`${this.idBase}-summary-title`}>${msg('There is a problem')}</h2>
        <ul>
          ${all.map(
            (error) =>
              // The field's name first, so each link says where the problem is ("Full name: Fill in this field.").
              html`<li><a href=${`#${error.field.id}`} @click=${(event: Event) => this.follow(event, error.field)}>${this.summaryText(error)}</a></li>`,
          )}
        </ul>`,
      summary,
    );
    anchor.after(summary);
    document.title = `${errorPrefix()}${this.baseTitle}`;
    if (focus) summary.focus();
  }

  private follow(event: Event, field: Field): void {
    event.preventDefault();
    this.goTo(field);
  }

  private summaryText(error: FieldError): string {
    const message = ErrorDisplay.message(error);
    const name = labelText(error.field);
    return name ? `${name}: ${message}` : message;
  }

  /** "Error: …" above the field (under a group's legend), named in its description. */
  private markField(field: Field, message: string): void {
    if (!field.id) field.id = `${this.idBase}-field-${++fieldIds}`;
    const id = `${field.id}-error`;
    const paragraph = document.createElement('p');
    paragraph.className = 'qulay-error-message';
    paragraph.id = id;
    paragraph.textContent = `${errorPrefix()}${message}`;
    const group = groupOf(field);
    const legend = group?.querySelector(':scope > legend');
    if (legend) legend.after(paragraph);
    else if (group) group.prepend(paragraph);
    else field.before(paragraph);
    const name = fieldName(field);
    const targets = group && isChoice(field) && name ? [...group.querySelectorAll<HTMLElement>(`[name="${CSS.escape(name)}"]`)] : [field];
    for (const target of targets) {
      target.setAttribute('data-qulay-described', target.getAttribute('aria-describedby') ?? '');
      target.setAttribute('aria-describedby', [id, target.getAttribute('aria-describedby')].filter(Boolean).join(' '));
      target.setAttribute('aria-invalid', 'true');
    }
  }
}
