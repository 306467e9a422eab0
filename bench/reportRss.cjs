// Preloaded into the benchmarked command: writes its peak resident memory (KiB) when it exits.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  const file = process.env.CONCEPT_MAP_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
