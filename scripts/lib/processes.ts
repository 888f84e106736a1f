import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

export type Service = { name: string; child: ChildProcess; stop: () => Promise<void> };

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a command in its own process group, so stopping it also stops what it started
 * (`npm start` leaves `next-server` behind otherwise).
 */
export function startService(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; quiet?: boolean },
): Service {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
  });
  const output: string[] = [];
  if (options.quiet) {
    const keep = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.length > 200) output.shift();
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 10_000);
    await exited;
    clearTimeout(timer);
  };
  Object.defineProperty(child, 'recentOutput', { value: () => output.join('') });
  return { name, child, stop };
}

export function recentOutput(service: Service): string {
  const reader: unknown = Reflect.get(service.child, 'recentOutput');
  return typeof reader === 'function' ? String(reader()) : '';
}

/** Waits until `url` answers with a status below 400, or the service dies, or time runs out. */
export async function waitForUrl(url: string, service: Service, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) {
      throw new Error(`${service.name} stopte voordat ${url} antwoordde:\n${recentOutput(service)}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000), redirect: 'manual' });
      if (response.status < 400) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${service.name} antwoordde niet op ${url} binnen ${timeoutMs / 1000} s:\n${recentOutput(service)}`,
  );
}
