import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromiumArgs, chromiumPath } from './test/tools/chromium.mjs';
import { countingReporter } from './test/tools/counting-reporter.mjs';
import { accessibilityTreePlugin } from './test/tools/accessibility-tree-plugin.mjs';

/** Component and core tests, in real Chromium, against the TypeScript sources. */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'production'] },
  plugins: [
    accessibilityTreePlugin(),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)), target: 'es2022' }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      // Autoplay by flag: the real eSpeak test plays audio with no click.
      launchOptions: { executablePath: chromiumPath(), args: [...chromiumArgs, '--autoplay-policy=no-user-gesture-required'] },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
