import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Preferences } from '@qulay/core';

/**
 * One setting: a checkbox named by its label and described by its hint. The hint sits inside
 * the `<label>` so a click on it toggles the box, which would also put it in the name; the
 * name is therefore taken from the label text alone (`aria-labelledby`), so a screen reader
 * says the hint once, as the description.
 */
export function settingCheckbox(
  id: string,
  label: string,
  hint: string,
  checked: boolean,
  onChange: (checked: boolean) => void,
  disabled = false,
): TemplateResult {
  return html`<label class="choice" for=${id}>
    <input
      id=${id}
      type="checkbox"
      .checked=${checked}
      ?disabled=${disabled}
      aria-labelledby=${`${id}-label`}
      aria-describedby=${`${id}-hint`}
      @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)}
    />
    <span><span id=${`${id}-label`}>${label}</span><span class="hint" id=${`${id}-hint`}>${hint}</span></span>
  </label>`;
}

/** The text size as radio buttons, with a sample line that shows the chosen size at once. */
export function textSizeChoice(current: Preferences['text'], onChoose: (text: Preferences['text']) => void): TemplateResult {
  const sizes: Array<[Preferences['text'], string]> = [
    ['default', msg('Standard', { desc: 'Text size option.' })],
    ['large', msg('Large', { desc: 'Text size option.' })],
    ['x-large', msg('Extra large', { desc: 'Text size option.' })],
  ];
  return html`<fieldset>
    <legend>${msg('Text size')}</legend>
    <div class="choices">
      ${sizes.map(
        ([value, label]) => html`<label class="choice">
          <input type="radio" name="text-size" .value=${value} .checked=${current === value} @change=${() => onChoose(value)} /><span>${label}</span>
        </label>`,
      )}
    </div>
    <p class="sample">${msg('This is how text will look on this site.')}</p>
  </fieldset>`;
}
