import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CMS_DIR = path.join(ROOT, 'cms');
export const WEB_DIR = path.join(ROOT, 'web');
export const BIN = path.join(ROOT, 'node_modules', '.bin');
