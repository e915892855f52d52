// Test scaffolding for twice-split.html: the first copy of the kit leaves these tags to the
// second, as when a widget built with its own copy of Qulay registers them first. Only
// customElements.define is wrapped; split-release.js restores it before the second copy runs.
const held = new Set(['qulay-listen', 'qulay-service-card', 'qulay-rating']);
const registry = window.customElements;
const define = registry.define.bind(registry);
registry.define = (tag, constructor, options) => {
  if (!held.has(tag)) define(tag, constructor, options);
};
