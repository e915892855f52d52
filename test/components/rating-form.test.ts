import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@qulay/elements/define/qulay-rating.js';
import type { QulayRating } from '@qulay/elements';
import { QulayFormControl, requiredValidator, type Validator } from '@qulay/core';
import { captureWarnings, findAccessible, languages, focusName, resetPage, setLanguage } from '../helpers.js';

/** A form with one rating, already rendered. */
async function inForm(template = html`<qulay-rating name="score" label="Score"></qulay-rating>`) {
  const form = await fixture<HTMLFormElement>(html`<form><button type="button" id="before">Before</button>${template}<button>Send</button></form>`);
  const element = form.querySelector('qulay-rating') as QulayRating;
  await element.updateComplete;
  return { form, element };
}

const userInvalid = (element: QulayRating) => element.matches(':state(user-invalid)');
const group = (element: QulayRating) => element.shadowRoot!.querySelector('[role="radiogroup"]')!;

describe('<qulay-rating> as a form control (QulayFormControl)', () => {
  afterEach(resetPage);

  it('FormData has the value straight after el.value = 4, before any render', async () => {
    const { form, element } = await inForm();
    element.value = 4;
    expect(new FormData(form).get('score')).to.equal('4');
    element.value = 0;
    expect(new FormData(form).has('score')).to.equal(false);
  });

  it('name and disabled take effect in FormData at once', async () => {
    const { form, element } = await inForm(html`<qulay-rating name="score" value="2"></qulay-rating>`);
    element.name = 'stars';
    expect([...new FormData(form).keys()]).to.deep.equal(['stars']);
    element.disabled = true;
    expect(new FormData(form).has('stars')).to.equal(false);
    element.disabled = false;
    expect(new FormData(form).get('stars')).to.equal('2');
  });

  it('checkValidity() is right straight after setting the value of a required rating', async () => {
    const { form, element } = await inForm(html`<qulay-rating name="score" required label="Score"></qulay-rating>`);
    expect(element.checkValidity()).to.equal(false);
    expect(element.validity.valueMissing).to.equal(true);
    element.value = 4;
    expect(element.checkValidity()).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
    element.value = 0;
    expect(element.checkValidity()).to.equal(false);
    element.required = false;
    expect(element.checkValidity()).to.equal(true);
  });

  it('setCustomValidity: validationMessage, validity.customError, reportValidity at the focused star', async () => {
    const { element } = await inForm(html`<qulay-rating name="score" value="3" label="Score"></qulay-rating>`);
    element.setCustomValidity('x');
    expect(element.validationMessage).to.equal('x');
    expect(element.validity.customError).to.equal(true);
    expect(element.checkValidity()).to.equal(false);
    expect(element.reportValidity()).to.equal(false);
    expect(focusName(), 'the browser bubble is anchored at the tab-stop star').to.equal(focusName(element.shadowRoot!.querySelectorAll('[role="radio"]')[2]));
    element.setCustomValidity('');
    expect(element.validationMessage).to.equal('');
    expect(element.validity.valid).to.equal(true);
  });

  it('willValidate is false when disabled or display-only', async () => {
    const { element } = await inForm(html`<qulay-rating name="score" required></qulay-rating>`);
    expect(element.willValidate).to.equal(true);
    element.disabled = true;
    expect(element.willValidate).to.equal(false);
    expect(element.checkValidity()).to.equal(true);
    element.disabled = false;
    element.readonly = true;
    expect(element.willValidate).to.equal(false);
    expect(element.checkValidity()).to.equal(true);
  });

  it('form, labels and the name a screen reader hears from <label for>', async () => {
    const root = await fixture<HTMLElement>(html`<div><form id="f"></form><label for="r">Rate the delivery</label><qulay-rating id="r" form="f" name="score"></qulay-rating></div>`);
    const element = root.querySelector('qulay-rating') as QulayRating;
    await element.updateComplete;
    expect(element.form).to.equal(root.querySelector('form'));
    expect([...element.labels]).to.deep.equal([root.querySelector('label')]);
    expect(await findAccessible('radiogroup', 'Rate the delivery')).to.exist;
    await expect(root).to.be.accessible();
  });

  it('reset returns to the value attribute (read at reset time), restore sets the value at once', async () => {
    const { form, element } = await inForm(html`<qulay-rating name="score" value="2"></qulay-rating>`);
    element.setAttribute('value', '3');
    element.value = 5;
    form.reset();
    expect(element.value).to.equal(3);
    expect(new FormData(form).get('score')).to.equal('3');
    element.formStateRestoreCallback('4', 'restore');
    expect(element.value).to.equal(4);
    expect(new FormData(form).get('score')).to.equal('4');
  });

  it('user-invalid: not before interaction, set after a submit attempt, cleared when valid and on reset', async () => {
    const { form, element } = await inForm(html`<qulay-rating name="score" required label="Score"></qulay-rating>`);
    // Tabbing through without answering does not nag (GOV.UK: errors after submit).
    form.querySelector<HTMLElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(userInvalid(element)).to.equal(false);
    expect(group(element).hasAttribute('aria-invalid')).to.equal(false);
    form.querySelector<HTMLButtonElement>('button:not([type])')!.click();
    expect(userInvalid(element)).to.equal(true);
    await element.updateComplete;
    expect(group(element).getAttribute('aria-invalid')).to.equal('true');
    expect((await findAccessible('radiogroup', 'Score'))?.states.invalid).to.equal('true');
    await expect(form).to.be.accessible();
    element.value = 2;
    expect(userInvalid(element)).to.equal(false);
    element.value = 0;
    expect(userInvalid(element)).to.equal(true);
    form.reset();
    expect(userInvalid(element)).to.equal(false);
  });

  it('user-invalid after the user interacts with an invalid value', async () => {
    const { element } = await inForm(html`<qulay-rating name="score" label="Score"></qulay-rating>`);
    element.setCustomValidity('Choose 3 or more');
    expect(userInvalid(element), 'a script error alone does not show').to.equal(false);
    element.focus();
    await sendKeys({ press: '2' });
    expect(userInvalid(element)).to.equal(true);
    element.setCustomValidity('');
    expect(userInvalid(element)).to.equal(false);
  });

  it('follows a disabled fieldset at once: not submitted, not validated, not focusable', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><qulay-rating name="r" value="3" required label="R"></qulay-rating></fieldset></form>`);
    const element = form.querySelector('qulay-rating')!;
    await element.updateComplete;
    expect(new FormData(form).has('r')).to.equal(false);
    expect(element.willValidate).to.equal(false);
    expect(group(element).getAttribute('aria-disabled')).to.equal('true');
    expect(element.shadowRoot!.querySelectorAll('[tabindex]').length).to.equal(0);
    form.querySelector('fieldset')!.disabled = false;
    expect(new FormData(form).get('r')).to.equal('3');
    await element.updateComplete;
    expect(group(element).hasAttribute('aria-disabled')).to.equal(false);
  });

  it("the host's aria-describedby and aria-invalid (set by a form around it) reach the radiogroup", async () => {
    const { form, element } = await inForm(html`<p id="score-error">Error: Choose a rating</p>
      <p id="score-hint">1 is poor, 5 is excellent</p>
      <qulay-rating name="score" label="Score" aria-describedby="score-error score-hint" aria-invalid="true"></qulay-rating>`);
    let group = (await findAccessible('radiogroup', 'Score'))!;
    expect(group.description).to.equal('Error: Choose a rating 1 is poor, 5 is excellent');
    expect(group.states.invalid).to.equal('true');
    element.setAttribute('aria-describedby', 'score-hint');
    element.removeAttribute('aria-invalid');
    await element.updateComplete;
    group = (await findAccessible('radiogroup', 'Score'))!;
    expect(group.description).to.equal('1 is poor, 5 is excellent');
    expect(group.states.invalid ?? 'false').to.equal('false');
    element.removeAttribute('aria-describedby');
    await element.updateComplete;
    expect((await findAccessible('radiogroup', 'Score'))!.description).to.equal('');
    await expect(form).to.be.accessible();
  });

  describe('the required message in every language', () => {
    const messages: Record<string, string> = {
      en: 'Choose a rating',
      'uz-Latn': 'Bahoni tanlang',
      'uz-Cyrl': 'Баҳони танланг',
      'kaa-Latn': 'Bahanı tańlań',
      ru: 'Выберите оценку',
    };
    for (const lang of languages) {
      it(`${lang}: "${messages[lang]}", also when the page switches language later`, async () => {
        const { element } = await inForm(html`<qulay-rating name="score" required label="Score"></qulay-rating>`);
        await setLanguage(lang);
        await element.updateComplete;
        expect(element.validationMessage).to.equal(messages[lang]);
        await expect(element).to.be.accessible();
      });
    }
  });
});

/** A bare QulayFormControl: the base works for any control, not only the rating. */
class FormProbe extends QulayFormControl {
  static override validators: Validator<FormProbe>[] = [
    requiredValidator(),
    { observedProperties: ['min'], check: (probe) => (Number(probe.text) < probe.min ? { flag: 'rangeUnderflow', message: `At least ${probe.min}` } : undefined) },
  ];
  static override formProperties = ['text']; // what it submits, in a property not named `value`
  static override properties = { text: {}, min: { type: Number } };
  declare text: string;
  declare min: number;
  constructor() {
    super();
    this.text = '';
    this.min = 0;
  }
  override get formValue(): string | null {
    return this.text || null;
  }
}
customElements.define('qulay-form-probe', FormProbe);

describe('QulayFormControl (a bare subclass)', () => {
  it('runs validators as small objects, synchronously, also on their observed properties', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><qulay-form-probe name="n" required></qulay-form-probe></form>`);
    const probe = form.querySelector('qulay-form-probe') as FormProbe;
    expect(probe.validity.valueMissing).to.equal(true);
    expect(probe.validationMessage).to.equal('Fill in this field.');
    probe.text = '3';
    expect(new FormData(form).get('n')).to.equal('3');
    expect(probe.checkValidity()).to.equal(true);
    probe.min = 5;
    expect(probe.validity.rangeUnderflow).to.equal(true);
    expect(probe.validationMessage).to.equal('At least 5');
    expect(probe.matches(':state(user-invalid)')).to.equal(false);
    expect(form.checkValidity()).to.equal(false);
    expect(probe.matches(':state(user-invalid)'), 'after a check of the form').to.equal(true);
  });
});

describe('<qulay-rating> bad attribute values', () => {
  const attributes = ['name', 'value', 'max', 'label', 'count', 'required', 'disabled', 'readonly'];
  const values: Array<[string, string]> = [
    ['NaN', 'NaN'],
    ['-1', '-1'],
    ['1e309', '1e309'],
    ['empty', ''],
    ['10,000 characters', '9'.repeat(5000) + 'x'.repeat(5000)],
    ['markup', '<img src=x onerror=alert(1)>'],
  ];
  for (const attribute of attributes) {
    for (const [label, value] of values) {
      for (const when of ['before', 'after'] as const) {
        it(`${attribute}=${label}, set ${when} connection: at most one warning, no throw, still renders`, async () => {
          const host = await fixture<HTMLElement>(html`<div></div>`);
          let element!: QulayRating;
          const warnings = await captureWarnings(async () => {
            element = document.createElement('qulay-rating') as QulayRating;
            if (when === 'before') element.setAttribute(attribute, value);
            host.append(element);
            await element.updateComplete;
            if (when === 'after') element.setAttribute(attribute, value);
            await element.updateComplete;
            element.requestUpdate();
            await element.updateComplete;
          });
          expect(warnings.length, warnings.join('\n')).to.be.at.most(1);
          if (warnings.length) expect(warnings[0]).to.contain('<qulay-rating>').and.to.contain(`${attribute}=`);
          const rendered = element.shadowRoot!.querySelector('[role="radiogroup"], [role="img"]');
          expect(rendered).to.exist;
          expect(element.shadowRoot!.querySelectorAll('[role="radio"]').length + (element.readonly ? 1 : 0)).to.be.at.least(1);
          expect(element.shadowRoot!.querySelector('img'), 'markup is text, never HTML').to.equal(null);
          expect(Number.isFinite(element.value) && Number.isFinite(element.max)).to.equal(true);
        });
      }
    }
  }

  it("a framework's null and undefined mean none: no warning, the defaults", async () => {
    const host = await fixture<HTMLElement>(html`<div><qulay-rating label="Score" value="3" max="7" count="4"></qulay-rating></div>`);
    const element = host.querySelector('qulay-rating') as QulayRating;
    await element.updateComplete;
    const props = element as unknown as Record<string, unknown>;
    const warnings = await captureWarnings(async () => {
      props.value = null;
      props.max = undefined;
      props.count = null;
      await element.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
    expect([element.value, element.max, element.count]).to.deep.equal([0, 5, undefined]);
  });
});
