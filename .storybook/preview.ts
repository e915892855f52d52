import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '../packages/elements/custom-elements.json';
import { applyGlobals, languageItems, modeGlobals } from './modes.js';

setCustomElementsManifest(manifest);

const globalTypes: Preview['globalTypes'] = {
  locale: {
    description: 'Language of the page (<html lang>)',
    toolbar: { title: 'Language', icon: 'globe', items: languageItems, dynamicTitle: true },
  },
};
const initialGlobals: Record<string, string> = { locale: 'en' };
for (const [name, { values, title, icon }] of Object.entries(modeGlobals)) {
  globalTypes[name] = {
    description: title,
    toolbar: { title, icon, items: values.map((value) => ({ value, title: `${title}: ${value}` })), dynamicTitle: true },
  };
  initialGlobals[name] = values[0];
}

const preview: Preview = {
  globalTypes,
  initialGlobals,
  decorators: [
    (story, context) => {
      applyGlobals(context.globals);
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
