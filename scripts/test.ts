/**
 * `npm test`: unit, API, end-to-end and cluster tests, in that order, stopping at the first failing
 * layer.
 * Every layer uses its own ports and databases, so a running dev stack is never touched.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { BIN, ROOT } from './lib/paths';
import { buildStack, TEST_DIST_DIR } from './lib/stack';

type Step = { name: string; run: () => number };

const tool = (name: string) => path.join(BIN, name);
// The site is built into a directory of its own for tests (see next.config.ts).
const quiet = {
  ...process.env,
  STRAPI_TELEMETRY_DISABLED: 'true',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: TEST_DIST_DIR,
};

function command(cmd: string, args: string[], cwd = ROOT): number {
  return spawnSync(cmd, args, { cwd, env: quiet, stdio: 'inherit' }).status ?? 1;
}

const steps: Step[] = [
  { name: 'unit', run: () => command(tool('vitest'), ['run']) },
  {
    name: 'build',
    run: () => {
      try {
        buildStack(quiet);
        return 0;
      } catch (error) {
        console.error(error instanceof Error ? error.message : error);
        return 1;
      }
    },
  },
  { name: 'api', run: () => command(tool('vitest'), ['run', '--config', 'cms/vitest.api.config.mts']) },
  { name: 'e2e', run: () => command(tool('playwright'), ['test'], path.join(ROOT, 'e2e')) },
  {
    name: 'cluster',
    run: () => command(tool('vitest'), ['run', '--config', 'scripts/cluster/vitest.config.mts']),
  },
];

const only = process.argv.slice(2);
const results: string[] = [];
for (const step of steps.filter((s) => only.length === 0 || only.includes(s.name) || s.name === 'build')) {
  console.log(`\n━━ ${step.name} ━━`);
  const started = Date.now();
  const status = step.run();
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  results.push(`${status === 0 ? '✓' : '✗'} ${step.name} (${seconds} s)`);
  if (status !== 0) {
    console.error(`\n${results.join('\n')}\n\n${step.name} faalde.`);
    process.exit(status);
  }
}
console.log(`\n${results.join('\n')}`);
