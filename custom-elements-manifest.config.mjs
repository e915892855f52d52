// custom-elements.json from the components' JSDoc: docs, Storybook controls, IDE data.
export default {
  globs: ['packages/elements/src/**/*.ts', 'packages/core/src/form-control.ts'],
  exclude: ['packages/elements/src/**/*.styles.ts', 'packages/elements/src/bundle.ts'],
  outdir: 'packages/elements',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
