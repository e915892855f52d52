import { expect } from '@open-wc/testing';
import { ReadAloudController, useSpeechSynthesis } from '@qulay/core';
import { installFakeSpeech, tick } from '../fake-speech.js';

/** A host with no element: the controller needs only these two calls. */
function host() {
  return { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };
}

function reader(Controller: typeof ReadAloudController, text: string) {
  const region = document.createElement('div');
  region.lang = 'en';
  region.textContent = text;
  document.body.append(region);
  const controller = new Controller(host(), { target: () => region, fieldWords: () => ({ checked: 'checked', notChecked: 'not checked', empty: 'empty' }), pageLang: () => 'en' });
  return { controller, region };
}

/**
 * Two copies of the kit on one page (an agency bundle beside the CDN script) each have their
 * own ReadAloudController class. A second module instance of the core's read-aloud source,
 * under another URL, is such a copy.
 */
describe('one reader at a time, across copies of the kit', () => {
  const regions: HTMLElement[] = [];
  afterEach(() => {
    useSpeechSynthesis(null);
    for (const region of regions.splice(0)) region.remove();
  });

  it("a reader of one copy stops the other copy's reader", async () => {
    const url = new URL('../../packages/core/src/read-aloud.ts', import.meta.url).href;
    const copy = (await import(/* @vite-ignore */ `${url}?copy=2`)) as { ReadAloudController: typeof ReadAloudController };
    expect(copy.ReadAloudController, 'a second copy of the class').to.not.equal(ReadAloudController);
    const fake = installFakeSpeech();
    const first = reader(ReadAloudController, 'The first region.');
    const second = reader(copy.ReadAloudController, 'The second region.');
    regions.push(first.region, second.region);

    await first.controller.play();
    await tick();
    expect(first.controller.state).to.equal('playing');
    await second.controller.play();
    await tick();
    expect(second.controller.state).to.equal('playing');
    expect(first.controller.state, "the first copy's reader stopped").to.equal('idle');
    expect(fake.current?.text, 'only the second region is heard').to.equal('The second region.');

    await first.controller.play();
    await tick();
    expect(second.controller.state, 'and the other way round').to.equal('idle');
    expect(fake.finishAll()).to.deep.equal(['The first region.']);
  });
});
