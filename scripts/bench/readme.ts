import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../lib/paths';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Puts the latest table between the README's bench markers. */
export function writeReadmeTable(markdown: string): void {
  const file = path.join(ROOT, 'README.md');
  const readme = fs.readFileSync(file, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
  fs.writeFileSync(file, `${readme.slice(0, start + START.length)}\n${markdown}\n${readme.slice(end)}`);
}
