import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { QulayElement, VERSION } from '@qulay/core';
import { captureWarnings } from '../helpers.js';

class ProbeElement extends QulayElement {
  override render() {
    return litHtml`<span part="lang">${this.contentLang}|${this.contentDir}</span><slot></slot>`;
  }
}
ProbeElement.define('test-probe');

/** A host whose shadow root holds a probe, to check language lookup across shadow roots. */
class ShadowHost extends QulayElement {
  override render() {
    return litHtml`<test-probe></test-probe>`;
  }
}
ShadowHost.define('test-shadow-host');

declare global {
  interface GlobalEventHandlersEventMap {
    'test-ping': CustomEvent<{ count: number }>;
  }
}

describe('QulayElement', () => {
  describe('content language', () => {
    it('reads the nearest ancestor lang and dir', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="ru" dir="rtl"><section><test-probe></test-probe></section></div>`,
      );
      const probe = wrapper.querySelector('test-probe') as ProbeElement;
      expect(probe.contentLang).to.equal('ru');
      expect(probe.contentDir).to.equal('rtl');
    });

    it('follows a change of lang on an ancestor and re-renders', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="uz-Latn"><test-probe></test-probe></div>`);
      const probe = wrapper.querySelector('test-probe') as ProbeElement;
      wrapper.setAttribute('lang', 'kaa-Latn');
      await new Promise((resolve) => setTimeout(resolve));
      await probe.updateComplete;
      expect(probe.contentLang).to.equal('kaa-Latn');
      expect(probe.shadowRoot!.querySelector('span')!.textContent).to.equal('kaa-Latn|ltr');
    });

    it('crosses shadow roots to the host\'s language', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="uz-Cyrl"><test-shadow-host></test-shadow-host></div>`,
      );
      const host = wrapper.querySelector('test-shadow-host') as ShadowHost;
      await host.updateComplete;
      const inner = host.shadowRoot!.querySelector('test-probe') as ProbeElement;
      expect(inner.contentLang).to.equal('uz-Cyrl');
    });

    it('falls back to the document language, then to empty', async () => {
      const probe = await fixture<ProbeElement>(html`<test-probe></test-probe>`);
      expect(probe.contentLang).to.equal(document.documentElement.getAttribute('lang') ?? '');
    });
  });

  describe('emit()', () => {
    it('dispatches a bubbling, composed event with its detail', async () => {
      const host = await fixture<ShadowHost>(html`<test-shadow-host></test-shadow-host>`);
      const inner = host.shadowRoot!.querySelector('test-probe') as ProbeElement;
      setTimeout(() => inner.emit('test-ping', { count: 3 }));
      const event = await oneEvent(document.body, 'test-ping');
      expect(event.detail).to.deep.equal({ count: 3 });
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
    });

    it('reports cancellation of a cancelable event', async () => {
      const probe = await fixture<ProbeElement>(html`<test-probe></test-probe>`);
      probe.addEventListener('test-ping', (event) => event.preventDefault(), { once: true });
      expect(probe.emit('test-ping', { count: 1 }, { cancelable: true })).to.equal(false);
      expect(probe.emit('test-ping', { count: 1 })).to.equal(true);
    });
  });

  describe('warn()', () => {
    it('logs once per element and message, naming the tag', async () => {
      const first = await fixture<ProbeElement>(html`<test-probe></test-probe>`);
      const second = await fixture<ProbeElement>(html`<test-probe></test-probe>`);
      const warnings = await captureWarnings(() => {
        first.warnInvalid('size', 'huge', 'small, large', 'small');
        first.warnInvalid('size', 'huge', 'small, large', 'small');
        second.warnInvalid('size', 'huge', 'small, large', 'small');
        first.warn('something else');
      });
      expect(warnings).to.have.length(3);
      expect(warnings[0]).to.equal('<test-probe>: size="huge" is not valid; accepted: small, large. Using small.');
      expect(warnings[2]).to.equal('<test-probe>: something else');
    });
  });

  describe('define()', () => {
    it('keeps the first registration, warns once naming both versions, never throws', async () => {
      class OtherCopy extends QulayElement {
        static override readonly version = '9.9.9';
      }
      class ThirdCopy extends QulayElement {
        static override readonly version = '9.9.8';
      }
      const warnings = await captureWarnings(() => {
        OtherCopy.define('test-probe');
        OtherCopy.define('test-shadow-host');
        ThirdCopy.define('test-probe');
      });
      expect(customElements.get('test-probe')).to.equal(ProbeElement);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('Qulay 9.9.9');
      expect(warnings[0]).to.contain(`Qulay ${VERSION}`);
      expect(warnings[0]).to.contain('<test-probe>');
    });

    it('is silent when the same class is defined twice', async () => {
      const warnings = await captureWarnings(() => ProbeElement.define('test-probe'));
      expect(warnings).to.deep.equal([]);
    });
  });
});
