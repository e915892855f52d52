import { html, nothing, type ComplexAttributeConverter, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import {
  QulayElement,
  ReadAloudController,
  announce,
  baseStyles,
  formatNumber,
  getPreferences,
  loadSpeechEngine,
  pageLocale,
  resolveLocale,
  type Preferences,
  safeUrl,
} from '@qulay/core';
import { buttonStyles } from '../shared/controls.styles.js';
import { accessibilityIcon, closeIcon, pauseIcon, playIcon, speakerIcon, stopIcon } from '../shared/icons.js';
import { fieldWords, speechProblem } from '../shared/speech-words.js';
import { a11yPanelStyles } from './a11y-panel.styles.js';

/** One entry of the language switch. */
export interface PanelLanguage {
  lang: string;
  href: string;
  label: string;
}

const placements = ['inline', 'top-bar'] as const;
type Placement = (typeof placements)[number];

/**
 * The `languages` attribute is JSON; it is parsed into the property of the same name, so a
 * framework that sets the property (React 19, Vue 3) and a page that writes the attribute
 * reach the same place. Text that is not JSON is kept as text, so the element can warn.
 */
const jsonConverter: ComplexAttributeConverter<unknown> = {
  fromAttribute(value: string | null): unknown {
    if (value === null || !value.trim()) return [];
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  },
};

/** A value as a warning shows it; never throws (a property may hold anything, even a cycle). */
function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * The citizen-facing switch for every adaptive mode. Choices apply to the whole page at once,
 * persist in this browser, and follow into other tabs. With `languages`, it also offers a
 * language switch as a list of links (never flags). With `speech-engine`, turning read-aloud
 * on also loads a speech engine (for example eSpeak NG), so Uzbek and Karakalpak can be read
 * where the device has no voice.
 *
 * @summary The accessibility settings panel: text size, contrast, motion, screen-reader mode,
 * simplified layout and read-aloud, with a language switch.
 *
 * @tagname qulay-a11y-panel
 *
 * @csspart bar - The row holding the toggle button and the language switch.
 * @csspart toggle - The button that opens and closes the panel.
 * @csspart panel - The panel with the settings.
 * @csspart languages - The language switch navigation.
 *
 * @cssprop --qulay-color-surface-raised - Background of the top bar.
 *
 * @fires qulay-a11y-panel-toggle - After the panel opened or closed; `detail.open`.
 */
export class QulayA11yPanel extends QulayElement {
  static override styles = [baseStyles, buttonStyles, a11yPanelStyles];

  /** `inline` (where it stands in the page) or `top-bar` (a full-width bar at the top). */
  @property({ reflect: true }) placement: Placement = 'inline';

  /** Whether the panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /**
   * The language switch: an array of `{ lang, href, label }`, each label written in its own
   * language. As an attribute, the same array in JSON. Entries with a missing field or a
   * link that is not http(s) or relative are left out with a warning.
   */
  @property({ converter: jsonConverter }) languages: PanelLanguage[] = [];

  /**
   * A module that adds voices, loaded when the user turns read-aloud on: the eSpeak
   * engine's `qulay-espeak.js` gives Uzbek, Karakalpak and Kazakh voices where the device
   * has none. An `http(s)` URL; anything else is warned about and ignored.
   */
  @property({ attribute: 'speech-engine' }) speechEngine = '';

  @state() private preferences: Preferences = getPreferences().get();
  @state() private system = getPreferences().system();

  private readonly reader = new ReadAloudController(this, {
    target: () => document.querySelector('main') ?? document.body,
    fieldWords,
    pageLang: () => pageLocale(),
    onStateChange: (readState, detail) => {
      this.readingMessage = speechProblem(readState, detail.missingLang);
      if (this.readingMessage) announce(this.readingMessage);
    },
  });
  private readingMessage = '';
  private unsubscribe?: () => void;
  private readonly mediaQueries = ['(prefers-contrast: more)', '(forced-colors: active)', '(prefers-reduced-motion: reduce)'].map(
    (query) => (typeof matchMedia === 'function' ? matchMedia(query) : undefined),
  );
  private readonly onSystemChange = () => (this.system = getPreferences().system());
  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      this.setOpen(false, true);
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    const store = getPreferences();
    this.preferences = store.get();
    this.unsubscribe = store.subscribe((preferences) => (this.preferences = preferences));
    this.mediaQueries.forEach((query) => query?.addEventListener('change', this.onSystemChange));
    this.addEventListener('keydown', this.onKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.mediaQueries.forEach((query) => query?.removeEventListener('change', this.onSystemChange));
    this.removeEventListener('keydown', this.onKeydown);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('languages')) this.shownLanguages = this.readLanguages(this.languages);
    if (((changed as PropertyValues).has('preferences') || changed.has('speechEngine')) && this.preferences.readAloud && this.speechEngine) {
      void loadSpeechEngine(this.speechEngine);
    }
    if (changed.has('placement') && !placements.includes(this.placement)) {
      this.warnInvalid('placement', this.placement, placements.join(', '), 'inline');
      this.placement = 'inline';
    }
  }

  /** The valid entries of `languages`, checked when it changes (not on every render). */
  private shownLanguages: PanelLanguage[] = [];

  private readLanguages(value: unknown): PanelLanguage[] {
    if (value === undefined || value === null || value === '') return [];
    let parsed: unknown = value;
    // A framework without property support may still hand over the JSON text.
    if (typeof value === 'string') {
      try {
        parsed = JSON.parse(value) as unknown;
      } catch {
        // Reported below as not an array.
      }
    }
    if (!Array.isArray(parsed)) {
      const shown = typeof value === 'string' ? value : (this.getAttribute('languages') ?? describe(value));
      this.warnInvalid('languages', shown, 'a JSON array of {"lang", "href", "label"}', 'no language switch');
      return [];
    }
    const valid: PanelLanguage[] = [];
    for (const entry of parsed as Array<Partial<Record<keyof PanelLanguage, unknown>> | null>) {
      const href = safeUrl(entry?.href);
      if (entry && typeof entry.lang === 'string' && typeof entry.label === 'string' && href) valid.push({ lang: entry.lang, label: entry.label, href });
      else this.warn(`languages: the entry ${describe(entry)} needs a "lang", a "label" and an http(s) or relative "href"; it is left out.`);
    }
    return valid;
  }

  /** Opens or closes the panel; with `returnFocus`, focus goes back to the toggle button. */
  setOpen(open: boolean, returnFocus = false): void {
    if (this.open === open) return;
    this.open = open;
    if (!open) this.reader.stop();
    this.emit('qulay-a11y-panel-toggle', { open });
    if (returnFocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="toggle"]')?.focus());
  }

  private set(partial: Partial<Preferences>): void {
    getPreferences().set(partial);
  }

  private reset(): void {
    this.reader.stop();
    getPreferences().reset();
    announce(msg('All accessibility settings are back to their defaults.'));
  }

  private renderLanguages() {
    const languages = this.shownLanguages;
    if (!languages.length) return nothing;
    const current = pageLocale();
    return html`<nav part="languages" class="languages" aria-label=${msg('Language', { desc: 'Name of the language switch navigation.' })}>
      <ul>
        ${languages.map(
          (item) => html`<li>
            <a href=${item.href} lang=${item.lang} hreflang=${item.lang} aria-current=${resolveLocale(item.lang) === current ? 'page' : nothing}
              >${item.label}</a
            >
          </li>`,
        )}
      </ul>
    </nav>`;
  }

  private renderCheckbox(id: string, label: string, hint: string, checked: boolean, onChange: (checked: boolean) => void, disabled = false) {
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

  private renderTextSize() {
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
            <input
              type="radio"
              name="text-size"
              .value=${value}
              .checked=${this.preferences.text === value}
              @change=${() => this.set({ text: value })}
            /><span>${label}</span>
          </label>`,
        )}
      </div>
      <p class="sample">${msg('This is how text will look on this site.')}</p>
    </fieldset>`;
  }

  private renderReading() {
    const { state: readState } = this.reader;
    const rate = this.preferences.speechRate;
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
          @change=${(event: Event) => this.set({ speechRate: Number((event.target as HTMLInputElement).value) })}
        />
        <output for="speech-rate">${rateText}</output>
      </div>
      <div class="reading">
        ${readState === 'playing'
          ? html`<button class="button" type="button" @click=${() => this.reader.pause()}>${pauseIcon}<span>${msg('Pause')}</span></button>`
          : readState === 'paused'
            ? html`<button class="button" type="button" @click=${() => this.reader.resume()}>${playIcon}<span>${msg('Resume')}</span></button>`
            : html`<button class="button" type="button" @click=${() => this.reader.play()}>${speakerIcon}<span>${msg('Read this page')}</span></button>`}
        ${readState === 'playing' || readState === 'paused'
          ? html`<button class="button" type="button" @click=${() => this.reader.stop()}>${stopIcon}<span>${msg('Stop')}</span></button>`
          : nothing}
      </div>
      <p class="status">
        ${this.readingMessage ||
        (this.reader.voiceName && (readState === 'playing' || readState === 'paused')
          ? msg(str`Voice: ${this.reader.voiceName}`)
          : '')}
      </p>
    `;
  }

  override render() {
    const p = this.preferences;
    const systemContrast = this.system.contrastMore || this.system.forcedColors;
    const bySystem = msg('On because of your device settings.');
    return html`
      <div part="bar" class="bar">
        <button
          part="toggle"
          class="button toggle"
          type="button"
          aria-expanded=${String(this.open)}
          aria-controls="panel"
          @click=${() => this.setOpen(!this.open)}
        >
          ${accessibilityIcon}<span>${msg('Accessibility', { desc: 'The button that opens the accessibility settings.' })}</span>
        </button>
        ${this.renderLanguages()}
      </div>
      <section part="panel" id="panel" class="panel" ?hidden=${!this.open} aria-labelledby="panel-title">
        <p class="title" id="panel-title">${msg('Accessibility settings')}</p>
        ${this.renderTextSize()}
        <fieldset>
          <legend>${msg('Display')}</legend>
          ${this.renderCheckbox(
            'contrast',
            msg('High contrast'),
            systemContrast && p.contrast === 'auto' ? bySystem : msg('Stronger colours and thicker outlines.'),
            p.contrast === 'high' || systemContrast,
            (on) => this.set({ contrast: on ? 'high' : 'auto' }),
            systemContrast && p.contrast === 'auto',
          )}
          ${this.renderCheckbox(
            'motion',
            msg('Reduce motion'),
            this.system.reducedMotion && p.motion === 'auto' ? bySystem : msg('No animations.'),
            p.motion === 'reduce' || this.system.reducedMotion,
            (on) => this.set({ motion: on ? 'reduce' : 'auto' }),
            this.system.reducedMotion && p.motion === 'auto',
          )}
          ${this.renderCheckbox('simplified', msg('Simplified layout'), msg('One main action at a time, details on request, larger buttons.'), p.simplified, (on) =>
            this.set({ simplified: on }),
          )}
        </fieldset>
        <fieldset>
          <legend>${msg('Screen reader and speech')}</legend>
          ${this.renderCheckbox('reader', msg('Screen reader mode'), msg('Extra descriptions and spoken updates for screen reader users.'), p.reader, (on) =>
            this.set({ reader: on }),
          )}
          ${this.renderCheckbox('read-aloud', msg('Read aloud'), msg('Listen buttons on texts, cards and forms.'), p.readAloud, (on) => {
            if (!on) this.reader.stop();
            this.set({ readAloud: on });
          })}
          ${p.readAloud ? this.renderReading() : nothing}
        </fieldset>
        <div class="actions">
          <button class="button" type="button" @click=${() => this.reset()}>${msg('Reset to defaults')}</button>
          <button class="button" type="button" @click=${() => this.setOpen(false, true)}>${closeIcon}<span>${msg('Close')}</span></button>
        </div>
      </section>
    `;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'qulay-a11y-panel-toggle': CustomEvent<{ open: boolean }>;
  }
}
