// Runs before npm test and npm run demo, on any Node: one clear line instead of a crash deep in
// vitest (Map.groupBy) when Node is older than 22. Plain JavaScript so Node 20 can run it.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `gwangju-ai-context needs Node 22 or newer (this is ${process.version}): run "bash .ci/run" (tests) or "bash .ci/demo" (demo), which install a local Node 24, or put Node 22+ first on PATH.`,
  );
  process.exit(1);
}
