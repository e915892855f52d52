import { expect, fixture, html } from '@open-wc/testing';
import { hideFallback, setHidden } from '@qulay/core';
import { accessibilityTree } from '../helpers.js';

// setHidden() and hideFallback(): what the kit hides stays hidden under any page CSS, and what
// it shows again comes back exactly as the agency wrote it.

/** A page rule agency resets contain, which beats the `hidden` attribute alone. */
async function withHostileCss(run: () => Promise<void>): Promise<void> {
  const style = document.createElement('style');
  style.textContent = '[hidden] { display: block !important; } svg, span { display: inline-block !important; }';
  document.head.append(style);
  try {
    await run();
  } finally {
    style.remove();
  }
}

describe('setHidden()', () => {
  it('hides under [hidden] { display: block !important }', async () => {
    await withHostileCss(async () => {
      const element = await fixture<HTMLDivElement>(html`<div>Step two</div>`);
      setHidden(element, true);
      expect(element.hidden).to.equal(true);
      expect(element.checkVisibility()).to.equal(false);
    });
  });

  it("gives back the agency's own inline display, with its priority, when shown again", async () => {
    const element = await fixture<HTMLDivElement>(html`<div style="display: flex; color: red">A</div>`);
    setHidden(element, true);
    expect(getComputedStyle(element).display).to.equal('none');
    setHidden(element, false);
    expect(element.style.getPropertyValue('display')).to.equal('flex');
    expect(element.style.getPropertyPriority('display')).to.equal('');
    expect(element.style.color).to.equal('red');
    expect(getComputedStyle(element).display).to.equal('flex');

    const important = await fixture<HTMLDivElement>(html`<div style="display: grid !important">B</div>`);
    setHidden(important, true);
    setHidden(important, true);
    setHidden(important, false);
    expect(important.getAttribute('style')).to.equal('display: grid !important;');
  });

  it('leaves no style attribute behind on an element that had none, and keeps an empty one', async () => {
    const plain = await fixture<HTMLDivElement>(html`<div>A</div>`);
    setHidden(plain, true);
    setHidden(plain, false);
    expect(plain.hasAttribute('style')).to.equal(false);
    expect(plain.hidden).to.equal(false);
    expect(plain.checkVisibility()).to.equal(true);
  });

  it('does not touch the inline display of an element the kit never hid', async () => {
    const element = await fixture<HTMLDivElement>(html`<div style="display: none">Agency's own hidden box</div>`);
    setHidden(element, false);
    expect(element.getAttribute('style')).to.equal('display: none');
  });
});

describe('hideFallback()', () => {
  it('hides every element, loose text and <svg> of the agency, and nothing of the kit, even under hostile CSS', async () => {
    await withHostileCss(async () => {
      const host = await fixture<HTMLDivElement>(html`<div>
        Turn on JavaScript (fallback text)
        <svg class="icon" width="24" height="24" role="img" aria-label="Services icon (fallback)"><rect width="24" height="24"></rect></svg>
        <ul><li><a href="/services/all">Every service (fallback)</a></li></ul>
        <!-- a CMS comment -->
        <div data-own>The kit's own content</div>
      </div>`);
      const svg = host.querySelector('svg')!;
      const hidden = hideFallback(host, (node) => node.hasAttribute('data-own'));
      expect(hidden).to.have.length(3);
      expect(svg.isConnected, 'the <svg> stays in the page').to.equal(true);
      expect(svg.checkVisibility(), 'the <svg> is hidden').to.equal(false);
      expect(host.querySelector('ul')!.checkVisibility()).to.equal(false);
      expect(host.querySelector<HTMLElement>('[data-own]')!.checkVisibility()).to.equal(true);
      expect(host.innerText.trim()).to.equal("The kit's own content");
      const names = (await accessibilityTree()).map((node) => node.name);
      expect(names.some((name) => /fallback/.test(name)), names.join(' | ')).to.equal(false);
      // A second call (a reconnect) hides nothing new and wraps nothing twice.
      hideFallback(host, (node) => node.hasAttribute('data-own'));
      expect(host.querySelectorAll('[data-qulay-fallback]')).to.have.length(2);
      expect(svg.parentElement!.parentElement).to.equal(host);
    });
  });
});
