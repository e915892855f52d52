// Builds the bench page: `count` components from dist/qulay.js, and a counter of renders.
import * as qulay from '/dist/qulay.js';

window.qulay = qulay;
window.renderCount = 0;
const originalUpdate = qulay.QulayElement.prototype.update;
qulay.QulayElement.prototype.update = function update(changed) {
  window.renderCount++;
  return originalUpdate.call(this, changed);
};

const count = Number(new URLSearchParams(location.search).get('count') ?? 1000);
const items = document.querySelector('#items');
const fragment = document.createDocumentFragment();
for (let i = 0; i < count; i++) {
  const element = document.createElement(i % 10 === 0 ? 'qulay-skip-link' : 'qulay-listen');
  if (element.localName === 'qulay-listen') {
    element.setAttribute('always', '');
    const p = document.createElement('p');
    p.textContent = `Xizmat ${i}: maʼlumotnoma onlayn, bepul.`;
    element.append(p);
  }
  fragment.append(element);
}
items.append(fragment);
await Promise.all([...items.children].map((el) => el.updateComplete));
window.initialRenders = window.renderCount;
window.benchReady = true;
