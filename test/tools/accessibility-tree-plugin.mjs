// A test-runner command that returns what a screen reader gets: Chromium's computed
// accessibility tree (roles, names, descriptions, states), read over the DevTools protocol.
// Playwright dropped page.accessibility, so the stock a11ySnapshot command cannot be used.

const cdpSessions = new WeakMap();

async function cdpFor(page) {
  let session = cdpSessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    await session.send('Accessibility.enable');
    cdpSessions.set(page, session);
  }
  return session;
}

function simplify(node) {
  const states = {};
  for (const property of node.properties ?? []) states[property.name] = property.value?.value;
  return {
    role: node.role?.value ?? '',
    name: node.name?.value ?? '',
    description: node.description?.value ?? '',
    value: node.value?.value ?? '',
    states,
  };
}

export function accessibilityTreePlugin() {
  return {
    name: 'accessibility-tree',
    async executeCommand({ command, session }) {
      if (command !== 'accessibility-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await cdpFor(page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      return nodes.filter((node) => !node.ignored).map(simplify);
    },
  };
}
