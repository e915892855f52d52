import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Preferences } from '@qulay/core';

/** One setting: a checkbox whose label carries its hint, so a screen reader reads both. */
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
      aria-describedby=${`${id}-hint`}
      @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)}
    />
    <span>${label}<span class="hint" id=${`${id}-hint`}>${hint}</span></span>
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
