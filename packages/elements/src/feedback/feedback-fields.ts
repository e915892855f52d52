import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { categoryLabel, complaintCategories, type ComplaintCategory } from './feedback-model.js';

/**
 * Yes or No. Before a choice they are the form's submit buttons: it always has a submit control,
 * and the answer travels as the submitter's value. After it they are toggle buttons (so Enter in
 * a text field sends the feedback, not "Yes"), the chosen one pressed.
 */
export function answerButton(id: string, value: 'yes' | 'no', useful: boolean | undefined, choose: () => void): TemplateResult {
  const pressed = useful === undefined ? undefined : useful === (value === 'yes');
  return html`<button
    class="answer"
    id=${id}
    name="useful"
    value=${value}
    type=${pressed === undefined ? 'submit' : 'button'}
    aria-pressed=${pressed === undefined ? nothing : String(pressed)}
    @click=${() => pressed !== undefined && choose()}
  >
    ${value === 'yes' ? msg('Yes') : msg('No')}
  </button>`;
}

/** What the complaint fields need from the block: its ids, values, error and setters. */
export interface ComplaintView {
  idFor(name: string): string;
  category: ComplaintCategory | '';
  contact: string;
  /** The category's error paragraph, or `nothing`. */
  error: TemplateResult | typeof nothing;
  describedBy: string | typeof nothing;
  invalid: boolean;
  onCategory(value: ComplaintCategory | ''): void;
  onContact(value: string): void;
}

/** "What is the complaint about?" and the optional reply address, shown for a complaint. */
export function complaintFields(view: ComplaintView): TemplateResult {
  return html`<div class="field">
      <label for=${view.idFor('category')}>${msg('What is the complaint about?')}</label>
      ${view.error}
      <select
        id=${view.idFor('category')}
        name="category"
        aria-describedby=${view.describedBy}
        aria-invalid=${view.invalid ? 'true' : nothing}
        .value=${view.category}
        @change=${(e: Event) => view.onCategory((e.target as HTMLSelectElement).value as ComplaintCategory | '')}
      >
        <option value="">${msg('Choose…')}</option>
        ${complaintCategories.map((c) => html`<option value=${c}>${categoryLabel(c)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for=${view.idFor('contact')}>${msg('Phone or email for a reply (optional)')}</label>
      <input
        id=${view.idFor('contact')}
        name="contact"
        autocomplete="email"
        .value=${view.contact}
        @input=${(e: Event) => view.onContact((e.target as HTMLInputElement).value)}
      />
    </div>`;
}
