import { html, nothing, render } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { msg } from '@lit/localize';
import { errorPrefix } from '../shared/error-words.js';
import { headingTag, type HeadingLevel } from '../shared/heading.js';
import { fieldName, groupOf, isChoice, labelText, sortByPage, type Field } from './fields.js';
import { checkThisAnswer } from './validation-messages.js';
import type { FieldError } from './validation.js';

let fieldIds = 0;

/**
 * GOV.UK-style errors: "There is a problem" at the top of the step with a link per error
 * (errors on other steps too), "Error: …" above each field of this step linked by
 * `aria-describedby`, `aria-invalid`, and "Error: " before the page title. A general error
 * (the submission failed) shows in the summary without a link.
 */
export class ErrorDisplay {
  /** The prefix the kit put before the page title, while it is there: only that is taken off again. */
  private addedPrefix = '';

  constructor(
    private readonly idBase: string,
    /** Goes to a field, on another step if need be, and focuses it. */
    private readonly goTo: (field: Field) => void,
    /** The level of the summary's title ("There is a problem"). */
    private readonly level: () => HeadingLevel = () => 2,
  ) {}

  /** A title served with "Error: " (a no-JavaScript error page) loses it: the kit's display decides now. */
  start(): void {
    if (document.title.startsWith(errorPrefix())) document.title = document.title.slice(errorPrefix().length);
  }

  /**
   * A message always says something: an empty one from a server, or one that only repeats the
   * field's label ("Full name: Full name"), becomes "Check this answer."
   */
  static message(error: FieldError): string {
    const text = String(error.message ?? '').trim();
    return text && text !== labelText(error.field) ? text : checkThisAnswer();
  }

  /** Takes every error off the page; `keep` (a summary drawn again in place) stays. */
  clear(root: Element, keep?: Element): void {
    for (const node of root.querySelectorAll('[data-qulay-steps="summary"], .qulay-error-message')) if (node !== keep) node.remove();
    // Only the kit's prefix goes: the page may have set a title of its own since (per step, say).
    if (this.addedPrefix && document.title.startsWith(this.addedPrefix)) document.title = document.title.slice(this.addedPrefix.length);
    this.addedPrefix = '';
    for (const field of root.querySelectorAll('[data-qulay-described]')) {
      const own = field.getAttribute('data-qulay-described') ?? '';
      if (own) field.setAttribute('aria-describedby', own);
      else field.removeAttribute('aria-describedby');
      field.removeAttribute('data-qulay-described');
      field.removeAttribute('aria-invalid');
    }
  }

  /**
   * Shows `here` (errors on the visible step) by their fields, and lists them with `elsewhere`
   * (errors on other steps) in a summary placed after `anchor`, below `general` (an error of the
   * whole form) when given. Focuses the summary if asked.
   */
  show(root: Element, anchor: Element, here: FieldError[], elsewhere: FieldError[], { focus = true, general = '' } = {}): void {
    // The summary on this step is drawn again in place (a new language, say): a focused link keeps focus.
    const old = anchor.nextElementSibling?.matches('[data-qulay-steps="summary"]') ? (anchor.nextElementSibling as HTMLElement) : undefined;
    here = onePerGroup(here);
    const any = here.length || elsewhere.length || general;
    this.clear(root, any ? old : undefined);
    if (!any) return;
    for (const error of here) this.markField(error.field, ErrorDisplay.message(error));
    for (const { field } of elsewhere) if (!field.id) field.id = `${this.idBase}-field-${++fieldIds}`;
    const all = onePerGroup(sortByPage([...here, ...elsewhere]));
    const tag = headingTag(this.level());
    const summary = old ?? document.createElement('div');
    summary.dataset.qulaySteps = 'summary';
    summary.tabIndex = -1;
    summary.setAttribute('aria-labelledby', `${this.idBase}-summary-title`);
    render(
      staticHtml`<${tag} id=${`${this.idBase}-summary-title`}>${msg('There is a problem')}</${tag}>
        ${general ? html`<p>${general}</p>` : nothing}
        ${all.length ? html`<ul>
          ${all.map(
            (error) =>
              // The field's name first, so each link says where the problem is ("Full name: Fill in this field.").
              html`<li><a href=${`#${error.field.id}`} @click=${(event: Event) => this.follow(event, error.field)}>${this.summaryText(error)}</a></li>`,
          )}
        </ul>` : nothing}`,
      summary,
    );
    if (!old) anchor.after(summary);
    // The prefix goes before the title the page has now (it may set one per step), once.
    this.addedPrefix = errorPrefix();
    if (!document.title.startsWith(this.addedPrefix)) document.title = `${this.addedPrefix}${document.title}`;
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
      // Marked once already (one radio of the group by the kit, another by the agency): what
      // was saved is the page's own description; saving again would keep the kit's ids for good.
      if (!target.hasAttribute('data-qulay-described')) target.setAttribute('data-qulay-described', target.getAttribute('aria-describedby') ?? '');
      target.setAttribute('aria-describedby', [id, target.getAttribute('aria-describedby')].filter(Boolean).join(' '));
      target.setAttribute('aria-invalid', 'true');
    }
  }
}

/** A radio or checkbox group gets one error, the first: one message under its legend, one link. */
function onePerGroup(errors: FieldError[]): FieldError[] {
  const seen = new Set<unknown>();
  return errors.filter(({ field }) => {
    const key = isChoice(field) && fieldName(field) ? `choice:${fieldName(field)}` : field;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
