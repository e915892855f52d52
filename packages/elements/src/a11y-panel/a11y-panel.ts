import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { QulayElement, ReadAloudController, announce, baseStyles, getPreferences, loadSpeechEngine, pageLocale, type Preferences } from '@qulay/core';
import { buttonStyles } from '../shared/controls.styles.js';
import { accessibilityIcon, closeIcon } from '../shared/icons.js';
import { fieldWords, speechProblem } from '../shared/speech-words.js';
import { languageSwitch, languagesConverter, readLanguages, type PanelLanguage } from './panel-languages.js';
import { settingCheckbox, textSizeChoice } from './panel-choices.js';
import { readingControls } from './panel-reading.js';
import { a11yPanelStyles } from './a11y-panel.styles.js';

export type { PanelLanguage } from './panel-languages.js';

const placements = ['inline', 'top-bar'] as const;
type Placement = (typeof placements)[number];

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
  @property({ converter: languagesConverter }) languages: PanelLanguage[] = [];

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
    if (changed.has('languages')) this.shownLanguages = readLanguages(this.languages, this);
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
        ${languageSwitch(this.shownLanguages)}
      </div>
      <section part="panel" id="panel" class="panel" ?hidden=${!this.open} aria-labelledby="panel-title">
        <p class="title" id="panel-title">${msg('Accessibility settings')}</p>
        ${textSizeChoice(p.text, (text) => this.set({ text }))}
        <fieldset>
          <legend>${msg('Display')}</legend>
          ${settingCheckbox(
            'contrast',
            msg('High contrast'),
            systemContrast && p.contrast === 'auto' ? bySystem : msg('Stronger colours and thicker outlines.'),
            p.contrast === 'high' || systemContrast,
            (on) => this.set({ contrast: on ? 'high' : 'auto' }),
            systemContrast && p.contrast === 'auto',
          )}
          ${settingCheckbox(
            'motion',
            msg('Reduce motion'),
            this.system.reducedMotion && p.motion === 'auto' ? bySystem : msg('No animations.'),
            p.motion === 'reduce' || this.system.reducedMotion,
            (on) => this.set({ motion: on ? 'reduce' : 'auto' }),
            this.system.reducedMotion && p.motion === 'auto',
          )}
          ${settingCheckbox('simplified', msg('Simplified layout'), msg('One main action at a time, details on request, larger buttons.'), p.simplified, (on) =>
            this.set({ simplified: on }),
          )}
        </fieldset>
        <fieldset>
          <legend>${msg('Screen reader and speech')}</legend>
          ${settingCheckbox('reader', msg('Screen reader mode'), msg('Extra descriptions and spoken updates for screen reader users.'), p.reader, (on) =>
            this.set({ reader: on }),
          )}
          ${settingCheckbox('read-aloud', msg('Read aloud'), msg('Listen buttons on texts, cards and forms.'), p.readAloud, (on) => {
            if (!on) this.reader.stop();
            this.set({ readAloud: on });
          })}
          ${p.readAloud
            ? readingControls({ reader: this.reader, rate: p.speechRate, message: this.readingMessage, onRate: (speechRate) => this.set({ speechRate }) })
            : nothing}
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
