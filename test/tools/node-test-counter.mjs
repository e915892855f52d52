// A node:test reporter that counts passed and failed tests (not suites) and writes them
// as JSON, so `npm test` can add them to its one summary line.
export default async function* counter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') {
      // A suite fails on its own only when its hooks fail; count that as one failure.
      if (event.type === 'test:fail' && event.data.details.error?.failureType !== 'subtestsFailed') totals.failed++;
      continue;
    }
    if (event.data.skip || event.data.todo) totals.skipped++;
    else if (event.type === 'test:pass') totals.passed++;
    else totals.failed++;
  }
  yield `${JSON.stringify(totals)}\n`;
}
