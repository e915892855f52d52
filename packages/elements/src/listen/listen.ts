import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { QulayElement, ReadAloudController, announce, baseStyles, pageLocale, warnOnce, type ReadAloudState } from '@qulay/core';
import { buttonStyles } from '../shared/controls.styles.js';
import { pauseIcon, playIcon, speakerIcon, stopIcon } from '../shared/icons.js';
import { fieldWords, speechProblem } from '../shared/speech-words.js';
import { listenStyles } from './listen.styles.js';

/**
 * Reads the visible text of a region aloud in each passage's own language, highlighting the
 * word being read. Wrap the content, or point `for` at the id of the region. The controls show
 * when the read-aloud mode is on (`data-qulay-read-aloud="on"` on `<html>`), or always with
 * the `always` attribute. From script, `forElement` names the element to read directly.
 *
 * @summary A click-to-listen button for a card, a step or a whole region.
 *
 * @tagname qulay-listen
 *
 * @slot - The content to read, when `for` is not set.
 *
 * @csspart controls - The row of buttons.
 * @csspart button - Each button (listen, pause, resume, stop).
 * @csspart message - The notice shown when the text cannot be read.
 *
 * @cssprop --qulay-listen-display - How the controls display; the kit sets it to `none`, or `inline-flex` in read-aloud mode.
 *
 * @fires qulay-read-aloud-change - When reading starts, pauses, resumes, stops or cannot start. `detail.state`: `playing`, `paused`, `idle`, `no-voice` or `unsupported`; `detail.lang` names the language with no voice.
 * @fires qulay-read-aloud - Deprecated: the old name of `qulay-read-aloud-change`, with the same `detail`, still fired until 0.3.
 */
export class QulayListen extends QulayElement {
  static override styles = [baseStyles, buttonStyles, listenStyles];

  /** The id of the region to read. Without it, the element reads its own content. */
  @property() for?: string;

  /** What is read, for the button's accessible name ("Listen: Criminal record certificate"). */
  @property() label?: string;

  /** The element to read, set from script (a component reading its own host, for example). Wins over `for`. Property only. */
  @property({ attribute: false }) forElement?: Element;

  /** Deprecated: the old name of `forElement`; it warns once and works until 0.3. */
  get target(): Element | undefined {
    return this.forElement;
  }

  set target(element: Element | undefined) {
    warnOnce(this, 'the property target is renamed forElement; the old name stops working in 0.3.');
    this.forElement = element;
  }

  /** Shows the controls even when the read-aloud mode is off. */
  @property({ type: Boolean, reflect: true }) always = false;

  /** The reading controller; exposed for advanced use and tests. */
  readonly reader = new ReadAloudController(this, {
    target: () => this.region(),
    fieldWords,
    pageLang: () => pageLocale(),
    onStateChange: (state, detail) => this.onStateChange(state, detail.missingLang),
  });

  private message = '';

  /** The element this listen button reads. */
  region(): Element | null {
    if (this.forElement instanceof Element) return this.forElement;
    if (this.forElement !== undefined && this.forElement !== null) {
      this.warnInvalid('forElement', this.forElement, 'an element', 'its own content or for');
    }
    if (!this.for) return this;
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById?.(this.for) ?? document.getElementById(this.for);
    if (!target) {
      this.warn(`for="${this.for}" matches no element id; accepted: the id of the region to read. Nothing is read.`);
    }
    return target;
  }

  private onStateChange(state: ReadAloudState, missingLang?: string): void {
    this.message = speechProblem(state, missingLang);
    if (this.message) announce(this.message);
    const detail = { state, lang: missingLang };
    this.emit('qulay-read-aloud-change', detail);
    // The 0.1 name, for listeners written before the rename; dropped in 0.3.
    this.emit('qulay-read-aloud', { ...detail });
  }

  private buttonName(action: string): string {
    return this.label ? msg(str`${action}: ${this.label}`, { desc: 'A read-aloud button: the action, then what it reads.' }) : action;
  }

  override render() {
    const { state } = this.reader;
    const active = state === 'playing' || state === 'paused';
    const listen = msg('Listen', { desc: 'Button that starts reading a region aloud.' });
    const pause = msg('Pause');
    const resume = msg('Resume');
    const stop = msg('Stop');
    return html`
      <div part="controls" class="controls">
        ${state === 'playing'
          ? html`<button part="button" class="button" type="button" aria-label=${this.buttonName(pause)} @click=${() => this.reader.pause()}>
              ${pauseIcon}<span>${pause}</span>
            </button>`
          : state === 'paused'
            ? html`<button part="button" class="button" type="button" aria-label=${this.buttonName(resume)} @click=${() => this.reader.resume()}>
                ${playIcon}<span>${resume}</span>
              </button>`
            : html`<button part="button" class="button" type="button" aria-label=${this.buttonName(listen)} @click=${() => this.reader.play()}>
                ${speakerIcon}<span>${listen}</span>
              </button>`}
        ${active
          ? html`<button part="button" class="button" type="button" aria-label=${this.buttonName(stop)} @click=${() => this.reader.stop()}>
              ${stopIcon}<span>${stop}</span>
            </button>`
          : nothing}
        <p part="message" class="message">${this.message}</p>
      </div>
      <slot></slot>
    `;
  }
}

/** The `detail` of `qulay-read-aloud-change`. */
export interface ReadAloudChangeDetail {
  /** `playing`, `paused`, `idle`, `no-voice` or `unsupported`. */
  state: ReadAloudState;
  /** With `no-voice`: the language that has no voice. */
  lang?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qulay-read-aloud-change': CustomEvent<ReadAloudChangeDetail>;
    /** @deprecated Renamed `qulay-read-aloud-change`; fired until 0.3. */
    'qulay-read-aloud': CustomEvent<ReadAloudChangeDetail>;
  }
}
