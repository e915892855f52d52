// custom-elements.json from the components' JSDoc: docs, Storybook controls, IDE data.
import { posix } from 'node:path';

/**
 * The kit registers its elements with `QulayX.define('qulay-x')` (a version-safe wrapper of
 * `customElements.define`), only in `src/define/*.ts`. The analyzer knows only the native
 * call, so this plugin writes the same `custom-element-definition` export for ours: tools
 * (and test/e2e/manifest.test.mjs) learn which module registers which tag.
 */
function qulayDefineCalls() {
  return {
    name: 'qulay-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind !== ts.SyntaxKind.CallExpression) return;
      const callee = node.expression;
      const [tagArgument] = node.arguments;
      if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'define' || !ts.isIdentifier(callee.expression)) return;
      if (!tagArgument || !ts.isStringLiteral(tagArgument) || !tagArgument.text.startsWith('qulay-')) return;
      const className = callee.expression.text;
      let module = moduleDoc.path;
      for (const statement of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(statement)) continue;
        const named = statement.importClause?.namedBindings;
        if (named && ts.isNamedImports(named) && named.elements.some((element) => element.name.text === className)) {
          module = posix.join(posix.dirname(moduleDoc.path), statement.moduleSpecifier.text).replace(/\.js$/, '.ts');
        }
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tagArgument.text, declaration: { name: className, module } },
      ];
    },
  };
}

export default {
  globs: ['packages/elements/src/**/*.ts', 'packages/core/src/form-control.ts'],
  exclude: ['packages/elements/src/**/*.styles.ts', 'packages/elements/src/bundle.ts'],
  outdir: 'packages/elements',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [qulayDefineCalls()],
};
