import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The baseline: a minimal Node HTTP server sending fixed bytes, in a process of its own as the
 * site is, the cheapest a page can be served on this machine. The site's cached page is reported
 * as a ratio to it.
 */
export async function serveBytes(
  body: Buffer,
  contentType: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fractieblog-bench-'));
  const file = path.join(dir, 'page.html');
  fs.writeFileSync(file, body);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'static-server-child.ts'), file, contentType],
    { cwd: path.resolve(__dirname, '..', '..'), stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once('exit', (code) => reject(new Error(`static server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
