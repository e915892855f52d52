// <qulay-feedback>'s attributes: the renamed max-length, heading-level, and bad values.
import { expect, html } from '@open-wc/testing';
import { captureWarnings, resetPage } from '../helpers.js';
import { feedback } from './feedback-fixtures.js';

describe('<qulay-feedback> attributes', () => {
  afterEach(() => resetPage());

  it('the old max-length attribute still works, with one warning about the new name', async () => {
    let found: Awaited<ReturnType<typeof feedback>> | undefined;
    const warnings = await captureWarnings(async () => {
      found = await feedback(html`<qulay-feedback service="s" max-length="5"></qulay-feedback>`);
    });
    expect(found!.element.maxLength).to.equal(5);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('max-length').and.to.contain('maxlength').and.to.contain('0.3');
  });

  it('heading-level is a Number property', async () => {
    const { element } = await feedback(html`<qulay-feedback heading-level="3"></qulay-feedback>`);
    expect(element.headingLevel).to.equal(3);
    expect(element.querySelector('h3.title')).to.exist;
    element.headingLevel = 4;
    await element.updateComplete;
    expect(element.querySelector('h4.title')).to.exist;
  });

  it('max-length set after the block is on the page still works, with the same one warning', async () => {
    const { element } = await feedback(html`<qulay-feedback service="s"></qulay-feedback>`);
    const warnings = await captureWarnings(async () => {
      element.setAttribute('max-length', '7');
      await element.updateComplete;
      element.setAttribute('max-length', '9');
      await element.updateComplete;
    });
    expect(element.maxLength).to.equal(9);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('max-length').and.to.contain('maxlength').and.to.contain('0.3');
  });

  it('max-length beside maxlength: maxlength wins, one warning', async () => {
    const warnings = await captureWarnings(async () => {
      const { element } = await feedback(html`<qulay-feedback service="s" max-length="5" maxlength="8"></qulay-feedback>`);
      expect(element.maxLength).to.equal(8);
    });
    expect(warnings).to.have.length(1);
  });

  it('warns about bad attributes and falls back', async () => {
    const warnings = await captureWarnings(async () => {
      await feedback(html`<qulay-feedback heading-level="9" maxlength="-1" endpoint="javascript:alert(1)"></qulay-feedback>`);
    });
    expect(warnings.map((w) => w.split(' is not valid')[0])).to.deep.equal([
      '<qulay-feedback>: heading-level="9"',
      '<qulay-feedback>: maxlength="-1"',
      '<qulay-feedback>: endpoint="javascript:alert(1)"',
    ]);
  });

});
