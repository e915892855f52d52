import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../docs/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    // Stories run against the TypeScript sources of the workspace packages.
    viteConfig.resolve = {
      ...viteConfig.resolve,
      conditions: ['source', ...defaultClientConditions],
    };
    return viteConfig;
  },
};

export default config;
