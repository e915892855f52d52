import { html, render } from 'lit';
import { msg } from '@lit/localize';
import { fieldName, fieldsIn, formValues, isChoice, isNativeField, labelsOf, labelText, plainText, type Field } from './fields.js';
import { ratingText } from '../shared/rating-words.js';

/** One answer as the review lists it. */
interface Answer {
  step: number;
  question: string;
  answer: string;
  field: Field;
}

/** A field's answer as a person reads it: choices and options by their visible labels. */
function answerText(field: Field, step: Element): string {
  if (!isNativeField(field)) {
    const form = field.closest('form');
    const values = form ? formValues(field, form) : [];
    // The kit's own rating reads "4 out of 5", not "4".
    if (field.localName === 'qulay-rating' && values.length) return ratingText(Number(values[0]), undefined, Number((field as unknown as { max?: number }).max) || 5);
    return values.join(', ');
  }
  if (isChoice(field)) {
    const group = [...step.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(field.name)}"]`)].filter((input) => input.checked);
    return group.map((input) => plainText(labelsOf(input)[0]) || input.value).join(', ');
  }
  if (field instanceof HTMLSelectElement) return [...field.selectedOptions].filter((o) => o.value).map((o) => o.label).join(', ');
  if (field instanceof HTMLInputElement && field.type === 'password') return field.value ? '••••••' : '';
  if (field instanceof HTMLInputElement && field.type === 'file') return [...(field.files ?? [])].map((file) => file.name).join(', ');
  return field.value.trim();
}

/** Every answer of the steps before the review, one row per field (a radio or checkbox group once). */
export function answers(steps: Element[]): Answer[] {
  const rows: Answer[] = [];
  steps.forEach((step, index) => {
    const seen = new Set<string>();
    for (const field of fieldsIn(step)) {
      if (isChoice(field)) {
        if (seen.has(fieldName(field))) continue;
        seen.add(fieldName(field));
      }
      rows.push({ step: index, question: labelText(field), answer: answerText(field, step), field });
    }
  });
  return rows;
}

/**
 * Renders "Check your answers" into the review step, after `anchor`: each answer with a
 * "Change" link (named "Change Full name" for a screen reader) that calls `change`.
 */
export function renderReview(step: HTMLElement, anchor: Element, rows: Answer[], change: (index: number, field: Field) => void): void {
  let container = step.querySelector<HTMLElement>(':scope > [data-qulay-steps="review"]');
  if (!container) {
    container = document.createElement('div');
    container.dataset.qulaySteps = 'review';
    anchor.after(container);
  }
  const follow = (event: Event, index: number, field: Field) => {
    event.preventDefault();
    change(index, field);
  };
  render(
    html`<dl class="review">
      ${rows.map(
        ({ step: index, question, answer, field }) => html`<div class="row">
          <dt>${question}</dt>
          <dd>${answer || msg('Not provided')}</dd>
          <dd class="change">
            <a href=${`#step-${index + 1}`} @click=${(event: Event) => follow(event, index, field)}
              >${msg('Change')}<span class="qulay-visually-hidden"> ${question}</span></a
            >
          </dd>
        </div>`,
      )}
    </dl>`,
    container,
  );
}
