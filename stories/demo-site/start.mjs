// `npm start`: builds what is missing or out of date (the kit, the eSpeak engine, Storybook), then serves the demo agency site and
// Storybook on 127.0.0.1 (port from PORT, default 8080). No network is needed.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoServer } from './server.mjs';

process.chdir(new URL('../../', import.meta.url).pathname);

/** The newest modification time of any file under `paths` (0 when none exist). */
function newest(paths) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) if (name !== 'node_modules' && name !== 'dist') visit(join(path, name));
    } else latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return latest;
}

const sources = ['packages/core/src', 'packages/elements/src', 'package.json', 'vite.config.ts'];
const speechSources = ['packages/speech-synthesis-polyfill/src', 'packages/speech-engine-espeak/src', 'packages/speech-engine-espeak/scripts'];
const builds = [
  { output: 'dist/qulay.js', inputs: sources, command: 'npm run build' },
  { output: 'packages/speech-engine-espeak/dist/qulay-espeak.js', inputs: speechSources, command: 'npm run build:packages' },
  { output: 'storybook-static/index.html', inputs: [...sources, 'stories', 'docs', '.storybook'], command: 'npm run build:storybook' },
];
for (const { output, inputs, command } of builds) {
  if (!existsSync(output) || statSync(output).mtimeMs < newest(inputs)) {
    console.log(`Building ${output} (${command}) …`);
    execSync(command, { stdio: 'inherit' });
  }
}

const port = Number(process.env.PORT ?? 8080);
const { url, auth } = await startDemoServer(port);
console.log(`Qulay demo agency site: ${url}/`);
console.log(`Storybook:              ${url}/storybook/`);
console.log(`OpenID provider:        ${auth.issuer}/ (for ${url}/signin)`);
