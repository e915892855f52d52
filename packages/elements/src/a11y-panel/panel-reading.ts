import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber, pageLocale, type ReadAloudController } from '@qulay/core';
import { pauseIcon, playIcon, speakerIcon, stopIcon } from '../shared/icons.js';

/** What the read-aloud section shows and where the speed goes. */
export interface ReadingView {
  reader: ReadAloudController;
  /** The speech rate from the preferences, 0.5 to 2. */
  rate: number;
  /** Why reading stopped or did not start (no voice, unsupported), if it did. */
  message: string;
  onRate: (rate: number) => void;
}

/**
 * The read-aloud section, shown while read-aloud is on: the speed slider (its value spoken as
 * "1.5×", not as a bare number), Read / Pause / Resume / Stop for the whole page, and a status
 * line with the problem or the voice that is reading.
 */
export function readingControls({ reader, rate, message, onRate }: ReadingView): TemplateResult {
  const { state: readState } = reader;
  const rateText = msg(str`${formatNumber(rate, pageLocale())}×`, { desc: 'Speech speed, for example 1.5×.' });
  return html`
    <div class="speed">
      <label for="speech-rate">${msg('Reading speed')}</label>
      <input
        id="speech-rate"
        type="range"
        min="0.5"
        max="2"
        step="0.25"
        .value=${String(rate)}
        aria-valuetext=${rateText}
        @change=${(event: Event) => onRate(Number((event.target as HTMLInputElement).value))}
      />
      <output for="speech-rate">${rateText}</output>
    </div>
    <div class="reading">
      ${readState === 'playing'
        ? html`<button class="button" type="button" @click=${() => reader.pause()}>${pauseIcon}<span>${msg('Pause')}</span></button>`
        : readState === 'paused'
          ? html`<button class="button" type="button" @click=${() => reader.resume()}>${playIcon}<span>${msg('Resume')}</span></button>`
          : html`<button class="button" type="button" @click=${() => reader.play()}>${speakerIcon}<span>${msg('Read this page')}</span></button>`}
      ${readState === 'playing' || readState === 'paused'
        ? html`<button class="button" type="button" @click=${() => reader.stop()}>${stopIcon}<span>${msg('Stop')}</span></button>`
        : nothing}
    </div>
    <p class="status">
      ${message || (reader.voiceName && (readState === 'playing' || readState === 'paused') ? msg(str`Voice: ${reader.voiceName}`) : '')}
    </p>
  `;
}
