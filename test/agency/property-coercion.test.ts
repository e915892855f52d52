// React 19 and Vue 3 set properties, not attributes, and hand over whatever the app holds: a
// number for an id, null for "none". A string property that mirrors an attribute takes it the
// way a native one does (`a.title = 5` reads back "5"); other properties are left alone.
import { expect, fixture, html } from '@open-wc/testing';
import { property } from 'lit/decorators.js';
import { QulayElement } from '@qulay/core';
import '@qulay/elements/define/qulay-service-card.js';
import type { QulayServiceCard } from '@qulay/elements';
import { captureWarnings } from '../helpers.js';

class CoercionProbe extends QulayElement {
  @property() label?: string;
  @property({ attribute: 'heading-level' }) headingLevel = '2';
  @property({ type: Number }) count = 0;
  @property({ attribute: false }) data?: unknown;
  @property({ converter: { fromAttribute: (value: string | null) => (value ? value.split(',') : []) } }) list: string[] = [];
}
customElements.define('qulay-coercion-probe', CoercionProbe);

describe('string properties take numbers like native ones (React and Vue set properties)', () => {
  it('turns a number into its string, keeps null and undefined', async () => {
    const probe = await fixture<CoercionProbe>(html`<qulay-coercion-probe></qulay-coercion-probe>`);
    (probe as unknown as Record<string, unknown>).label = 42;
    (probe as unknown as Record<string, unknown>).headingLevel = 3;
    expect(probe.label).to.equal('42');
    expect(probe.headingLevel).to.equal('3');
    probe.label = undefined;
    expect(probe.label).to.equal(undefined);
    (probe as unknown as Record<string, unknown>).label = null;
    expect(probe.label).to.equal(null);
  });

  it('leaves Number, property-only and converter properties as they are', async () => {
    const probe = await fixture<CoercionProbe>(html`<qulay-coercion-probe></qulay-coercion-probe>`);
    const data = { a: 1 };
    probe.count = 7;
    probe.data = data;
    probe.list = ['a', 'b'];
    expect(probe.count).to.equal(7);
    expect(probe.data).to.equal(data);
    expect(probe.list).to.deep.equal(['a', 'b']);
  });

  it('a card given numbers by a framework renders instead of throwing in its update', async () => {
    const card = await fixture<QulayServiceCard>(html`<qulay-service-card><span slot="title">Passport</span></qulay-service-card>`);
    const props = card as unknown as Record<string, unknown>;
    const warnings = await captureWarnings(async () => {
      props.href = 404;
      props.term = 5;
      props.status = 1;
      await card.updateComplete;
    });
    expect(card.shadowRoot!.querySelector('[part~="card"]')).to.exist;
    expect(card.href).to.equal('404');
    expect(warnings.every((w) => w.startsWith('<qulay-service-card>'))).to.equal(true);
  });
});
