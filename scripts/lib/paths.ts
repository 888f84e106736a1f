import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CMS_DIR = path.join(ROOT, 'cms');
export const WEB_DIR = path.join(ROOT, 'web');
export const CONTRACT_DIR = path.join(ROOT, 'contract');
export const BIN = path.join(ROOT, 'node_modules', '.bin');

/**
 * An installed command, looked up the way npm scripts do: the workspace's own node_modules/.bin
 * first (npm keeps `next` there, beside React 19), then the root's.
 */
export function bin(name: string, workspaceDir: string = ROOT): string {
  const local = path.join(workspaceDir, 'node_modules', '.bin', name);
  return fs.existsSync(local) ? local : path.join(BIN, name);
}
