// Bench page script: 1000 service cards rendered at once, and a 775-service catalog
// filtered keystroke by keystroke.
import * as qulay from '/dist/qulay.js';

const { services } = await (await fetch('/test/fixtures/services.json')).json();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Time from inserting 1000 cards to all of them rendered, styled and laid out. */
async function renderCards(count) {
  const host = document.createElement('div');
  document.body.append(host);
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const s = services[i % services.length];
    const card = document.createElement('qulay-service-card');
    card.setAttribute('href', `/services/${s.id}`);
    card.setAttribute('category', 'g2c');
    card.setAttribute('fee-bhm-individual', String(s.feeBhm.individual ?? 0));
    card.setAttribute('term', s.term.unit === 'instant' ? 'instant' : `P${s.term.value}D`);
    card.setAttribute('channels', s.channels.join(' '));
    card.setAttribute('rating', String(s.rating.avg));
    card.setAttribute('rating-count', String(s.rating.count));
    const title = document.createElement('span');
    title.slot = 'title';
    title.textContent = s.name['uz-Latn'];
    card.append(title);
    host.append(card);
  }
  await Promise.all([...host.children].map((card) => card.updateComplete));
  void document.body.offsetHeight;
  const ms = performance.now() - start;
  host.remove();
  return ms;
}

/** Per keystroke: the filter (the catalog's `results`) alone, and filter plus re-render. */
async function filterCatalog(count) {
  const catalog = document.createElement('qulay-service-catalog');
  catalog.services = Array.from({ length: count }, (_, i) => ({ ...services[i % services.length], id: `s${i}`, popularity: count - i }));
  document.body.append(catalog);
  await catalog.updateComplete;
  const input = catalog.querySelector('input[type="search"]');
  const filterTimes = [];
  const renderTimes = [];
  for (const query of ['m', 'ma', 'maʼ', 'maʼl', 'maʼlu', 'maʼlum', 'sud', 'suv', 'о', 'ўқ', 'pensiya', '']) {
    await frame();
    let start = performance.now();
    void catalog.results;
    filterTimes.push(performance.now() - start);
    start = performance.now();
    input.value = query;
    input.dispatchEvent(new Event('input'));
    await catalog.updateComplete;
    await Promise.all([...catalog.querySelectorAll('qulay-service-card')].map((card) => card.updateComplete));
    void document.body.offsetHeight;
    renderTimes.push(performance.now() - start);
  }
  catalog.remove();
  return { filter: median(filterTimes), filterMax: Math.max(...filterTimes), render: median(renderTimes), renderMax: Math.max(...renderTimes) };
}

window.benchCatalog = async () => {
  await frame();
  const cards = [];
  for (let i = 0; i < 3; i++) cards.push(await renderCards(1000));
  return { cards: median(cards), filter: await filterCatalog(775) };
};
window.qulay = qulay;
window.benchReady = true;
