import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '@qulay/elements/define/qulay-rating.js';
import type { QulayRating } from '@qulay/elements';
import { accessibilityTree, captureWarnings, findAccessible, languages, modes, deepActive, focusName, resetPage, setLanguage, setMode } from '../helpers.js';

async function rating(template = html`<qulay-rating label="How was the service?" name="score"></qulay-rating>`) {
  const root = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const element = root.querySelector('qulay-rating') as QulayRating;
  await element.updateComplete;
  const options = () => [...element.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')];
  return { root, element, options };
}

async function press(element: QulayRating, key: string) {
  await sendKeys({ press: key });
  await element.updateComplete;
}

describe('<qulay-rating>', () => {
  afterEach(async () => {
    await resetPage();
    await emulateMedia({ forcedColors: 'none' });
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('is a radio group named by its label, each star named "N stars of 5", with one tab stop', async () => {
    const { options } = await rating();
    expect(await findAccessible('radiogroup', 'How was the service?')).to.exist;
    const radios = (await accessibilityTree()).filter((n) => n.role === 'radio');
    expect(radios.map((r) => r.name)).to.deep.equal(['1 star of 5', '2 stars of 5', '3 stars of 5', '4 stars of 5', '5 stars of 5']);
    expect(radios.every((r) => r.states.checked === 'false')).to.equal(true);
    expect(options().map((o) => o.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
  });

  it('is named by the label slot when given', async () => {
    await rating(html`<qulay-rating><span slot="label">Rate the <b>delivery</b></span></qulay-rating>`);
    expect(await findAccessible('radiogroup', 'Rate the delivery')).to.exist;
  });

  // WAI-ARIA APG radio group: https://www.w3.org/WAI/ARIA/apg/patterns/radio/
  describe('keyboard, as the APG radio group pattern', () => {
    async function tabIn(template = html`<qulay-rating label="How was the service?" name="score"></qulay-rating>`) {
      const root = await fixture<HTMLElement>(html`<div><button>Before</button>${template}</div>`);
      const element = root.querySelector('qulay-rating') as QulayRating;
      await element.updateComplete;
      root.querySelector('button')!.focus();
      await press(element, 'Tab');
      const options = () => [...element.shadowRoot!.querySelectorAll<HTMLElement>('[role="radio"]')];
      return { element, options };
    }

    it('Tab into an unchecked group focuses the first star without checking it; only it is focusable', async () => {
      const { element, options } = await tabIn();
      expect(focusName()).to.equal(focusName(options()[0]));
      expect(element.value).to.equal(0);
      expect(options().map((o) => o.getAttribute('tabindex'))).to.deep.equal(['0', null, null, null, null]);
    });

    it('from an unchecked group, Right Arrow moves to the next star and checks it', async () => {
      const { element, options } = await tabIn();
      const events: string[] = [];
      element.addEventListener('input', () => events.push(`input:${element.value}`));
      element.addEventListener('change', () => events.push(`change:${element.value}`));
      await press(element, 'ArrowRight');
      expect(element.value).to.equal(2);
      expect(focusName()).to.equal(focusName(options()[1]));
      expect(events).to.deep.equal(['input:2', 'change:2']);
      expect((await findAccessible('radio', '2 stars of 5'))?.states.checked).to.equal('true');
    });

    it('from an unchecked group, Down Arrow checks the second star and Left Arrow wraps to the last', async () => {
      let { element } = await tabIn();
      await press(element, 'ArrowDown');
      expect(element.value).to.equal(2);
      ({ element } = await tabIn());
      await press(element, 'ArrowLeft');
      expect(element.value).to.equal(5);
    });

    it('Right/Down next, Left/Up previous, wrapping at both ends; focus follows and is the one tab stop', async () => {
      const { element, options } = await tabIn(html`<qulay-rating label="Score" value="4"></qulay-rating>`);
      expect(focusName(), 'Tab lands on the checked star').to.equal(focusName(options()[3]));
      await press(element, 'ArrowDown');
      expect(element.value).to.equal(5);
      await press(element, 'ArrowRight');
      expect(element.value, 'wraps from last to first').to.equal(1);
      expect(focusName()).to.equal(focusName(options()[0]));
      await press(element, 'ArrowUp');
      expect(element.value, 'wraps from first to last').to.equal(5);
      await press(element, 'ArrowLeft');
      await press(element, 'ArrowUp');
      expect(element.value).to.equal(3);
      expect(focusName()).to.equal(focusName(options()[2]));
      expect(options().map((o) => o.getAttribute('tabindex'))).to.deep.equal([null, null, '0', null, null]);
    });

    it('Space checks the focused star; Home, End and digits choose directly', async () => {
      const { element } = await tabIn();
      await press(element, 'Space');
      expect(element.value).to.equal(1);
      await press(element, 'End');
      expect(element.value).to.equal(5);
      await press(element, 'Home');
      expect(element.value).to.equal(1);
      await press(element, '4');
      expect(element.value).to.equal(4);
      await press(element, '9');
      expect(element.value, 'a digit above max is ignored').to.equal(4);
      expect((await findAccessible('radio', '4 stars of 5'))?.states.checked).to.equal('true');
    });

    it('in right-to-left text, Left Arrow is next', async () => {
      const { element } = await tabIn(html`<qulay-rating dir="rtl" label="Score" value="2"></qulay-rating>`);
      await press(element, 'ArrowLeft');
      expect(element.value).to.equal(3);
      await press(element, 'ArrowRight');
      expect(element.value).to.equal(2);
    });

    it('focusing the host (delegatesFocus, a <label>, a form step) focuses the checked star', async () => {
      const root = await fixture<HTMLElement>(html`<div><label for="r">Score</label><qulay-rating id="r" value="3"></qulay-rating></div>`);
      const element = root.querySelector('qulay-rating') as QulayRating;
      await element.updateComplete;
      const options = [...element.shadowRoot!.querySelectorAll('[role="radio"]')];
      element.focus();
      expect(focusName()).to.equal(focusName(options[2]));
      (document.activeElement as HTMLElement).blur();
      root.querySelector('label')!.click();
      expect(focusName()).to.equal(focusName(options[2]));
      expect(element.value).to.equal(3);
    });

    it('a script changing the value while a star has focus moves focus with the tab stop', async () => {
      const { element, options } = await tabIn(html`<qulay-rating label="Score" value="2"></qulay-rating>`);
      element.value = 4;
      await element.updateComplete;
      expect(focusName()).to.equal(focusName(options()[3]));
      await press(element, 'ArrowRight');
      expect(element.value).to.equal(5);
    });

    it('a disabled rating has no focusable star and takes no focus', async () => {
      const { element } = await rating(html`<qulay-rating label="Score" value="2" disabled></qulay-rating>`);
      expect(element.shadowRoot!.querySelectorAll('[tabindex]').length, 'stars with a tabindex').to.equal(0);
      element.focus();
      expect(element.shadowRoot!.activeElement === null, 'no star took focus').to.equal(true);
    });
  });

  it('fires input and change on user changes only', async () => {
    const { element } = await rating();
    let events = 0;
    element.addEventListener('change', () => events++);
    element.value = 3;
    await element.updateComplete;
    expect(events).to.equal(0);
  });

  it('selects with a click and shows a hover preview, without blocking scrolling', async () => {
    const { element, options } = await rating();
    const box = options()[3].getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await element.updateComplete;
    expect(options().map((o) => o.classList.contains('preview'))).to.deep.equal([true, true, true, true, false]);
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await element.updateComplete;
    expect(element.value).to.equal(4);
    expect(getComputedStyle(element.shadowRoot!.querySelector('.group')!).touchAction).to.equal('manipulation');
  });

  it('takes part in a real form: FormData on submit, required validity, reset, disabled', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <qulay-rating name="score" required label="Score"></qulay-rating>
      <qulay-rating name="preset" value="2" label="Preset"></qulay-rating>
      <button>Send</button>
    </form>`);
    const [score, preset] = form.querySelectorAll('qulay-rating');
    await score.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(score.validity.valueMissing).to.equal(true);
    expect(score.validationMessage).to.equal('Choose a rating');
    let submitted: FormData | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = new FormData(form);
    });
    score.focus();
    await press(score, '5');
    expect(form.checkValidity()).to.equal(true);
    form.querySelector('button')!.click();
    expect(Object.fromEntries(submitted!)).to.deep.equal({ score: '5', preset: '2' });
    preset.value = 4;
    await preset.updateComplete;
    form.reset();
    await score.updateComplete;
    expect([score.value, preset.value]).to.deep.equal([0, 2]);
    preset.disabled = true;
    await preset.updateComplete;
    expect(new FormData(form).has('preset')).to.equal(false);
  });

  it('follows a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><qulay-rating name="r" value="3" label="R"></qulay-rating></fieldset></form>`);
    const element = form.querySelector('qulay-rating')!;
    await element.updateComplete;
    expect(new FormData(form).has('r')).to.equal(false);
    expect(element.shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-disabled')).to.equal('true');
  });

  it('restores its value when the browser restores the form', async () => {
    const { element } = await rating();
    element.formStateRestoreCallback('4');
    await element.updateComplete;
    expect(element.value).to.equal(4);
  });

  it('display-only: an image "Rated 4.6 out of 5, 12,480 reviews", not focusable, drawn partially', async () => {
    const { element } = await rating(html`<qulay-rating readonly value="4.6" count="12480"></qulay-rating>`);
    expect(await findAccessible('image', 'Rated 4.6 out of 5, 12,480 reviews')).to.exist;
    expect(element.shadowRoot!.querySelector('[tabindex], [role="radio"]')).to.equal(null);
    expect(element.shadowRoot!.querySelector<HTMLElement>('.filled')!.style.width).to.equal('92%');
    element.focus();
    expect(deepActive()).to.not.equal(element);
  });

  describe('bad input', () => {
    const cases: Array<[string, ReturnType<typeof html>, string, number, number]> = [
      ['value above max', html`<qulay-rating label="Score" value="9"></qulay-rating>`, 'value="9"', 5, 5],
      ['negative value', html`<qulay-rating label="Score" value="-2"></qulay-rating>`, 'value="-2"', 0, 5],
      ['max above 10', html`<qulay-rating label="Score" max="20"></qulay-rating>`, 'max="20"', 0, 10],
      ['max below 1', html`<qulay-rating label="Score" max="0"></qulay-rating>`, 'max="0"', 0, 1],
      ['non-numeric max', html`<qulay-rating label="Score" max="many"></qulay-rating>`, 'max="many"', 0, 5],
      ['non-numeric value', html`<qulay-rating label="Score" value="good"></qulay-rating>`, 'value="good"', 0, 5],
    ];
    for (const [label, template, mention, value, max] of cases) {
      it(`${label}: one warning and a clamp`, async () => {
        let element!: QulayRating;
        const warnings = await captureWarnings(async () => {
          ({ element } = await rating(template));
          element.requestUpdate();
          await element.updateComplete;
        });
        expect(warnings, warnings.join('\n')).to.have.length(1);
        expect(warnings[0]).to.contain('<qulay-rating>').and.to.contain(mention).and.to.contain('accepted:');
        expect([element.value, element.max]).to.deep.equal([value, max]);
        expect(element.shadowRoot!.querySelectorAll('[role="radio"]')).to.have.length(max);
      });
    }
  });

  describe('in every language and mode', () => {
    const names: Record<string, string> = {
      en: '3 stars of 5',
      'uz-Latn': '5 dan 3 yulduz',
      'uz-Cyrl': '5 дан 3 юлдуз',
      'kaa-Latn': '5 ten 3 juldız',
      ru: '3 звезды из 5',
    };
    for (const lang of languages) {
      it(`names its stars in ${lang} and passes axe`, async () => {
        await setLanguage(lang);
        const { root, options } = await rating();
        expect(options()[2].getAttribute('aria-label')).to.equal(names[lang]);
        await expect(root).to.be.accessible();
      });
    }
    it('uses Russian plural forms: 1 звезда, 2 звезды, 5 звёзд', async () => {
      await setLanguage('ru');
      const { options } = await rating();
      expect([0, 1, 4].map((i) => options()[i].getAttribute('aria-label'))).to.deep.equal(['1 звезда из 5', '2 звезды из 5', '5 звёзд из 5']);
    });
    for (const [mode, attributes] of Object.entries(modes)) {
      it(`passes axe in ${mode} mode`, async () => {
        setMode(attributes);
        const { root } = await rating(html`<qulay-rating label="Score" value="3"></qulay-rating>`);
        await expect(root).to.be.accessible();
      });
    }
    it('gives each star a 44 px target in large text', async () => {
      setMode({ 'data-qulay-text': 'large' });
      const { options } = await rating();
      for (const option of options()) {
        const box = option.getBoundingClientRect();
        expect(box.width).to.be.at.least(44);
        expect(box.height).to.be.at.least(44);
      }
    });
    it('stays visible under forced colours', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const { element, options } = await rating(html`<qulay-rating label="Score" value="2"></qulay-rating>`);
      await element.updateComplete;
      const on = getComputedStyle(options()[0]).color;
      const off = getComputedStyle(options()[4]).color;
      expect(on).to.not.equal(off);
      expect(getComputedStyle(options()[4].querySelector('svg')!).stroke).to.equal(off);
    });
  });
});
