import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      'storybook-static/**',
      'node_modules/**',
      'packages/core/src/generated/**',
      'test-results/**',
      '**/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'User data never reaches innerHTML: build nodes, or use a Lit template.',
        },
        {
          selector: "CallExpression[callee.name='unsafeHTML']",
          message: 'unsafeHTML is not allowed in the kit.',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.config.{js,mjs,ts}', 'stories/demo-site/*.mjs', 'test/**/*.mjs', '.storybook/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Chai assertions such as `expect(x).to.exist` are expressions by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
