import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

function listFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return [entry];
  return fs.readdirSync(entry).flatMap((name) => listFiles(path.join(entry, name)));
}

/** A fingerprint of the inputs of a build: names, sizes and modification times. */
function fingerprint(inputs: string[]): string {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap(listFiles).sort()) {
    const stat = fs.statSync(file);
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/** Runs a build only when its inputs changed since the last successful one. */
export function buildIfStale(options: {
  name: string;
  inputs: string[];
  stampFile: string;
  /** Files the build makes outside its stamp's folder; a missing one means building again. */
  outputs?: string[];
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}): void {
  const current = fingerprint(options.inputs);
  const previous = fs.existsSync(options.stampFile) ? fs.readFileSync(options.stampFile, 'utf8') : '';
  const outputsPresent = (options.outputs ?? []).every((output) => fs.existsSync(output));
  if (previous === current && outputsPresent) {
    console.log(`▸ ${options.name}: build is actueel`);
    return;
  }
  console.log(`▸ ${options.name}: bouwen…`);
  const started = Date.now();
  const result = spawnSync(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    const reason = result.error?.message ?? `exitcode ${result.status ?? result.signal}`;
    throw new Error(`${options.name}: bouwen mislukt (${reason})`);
  }
  fs.mkdirSync(path.dirname(options.stampFile), { recursive: true });
  fs.writeFileSync(options.stampFile, current);
  console.log(`▸ ${options.name}: gebouwd in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
