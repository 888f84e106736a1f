import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

export type Service = {
  name: string;
  child: ChildProcess;
  /** SIGTERM to its process group, SIGKILL after 10 s; resolves once it has exited. */
  stop: () => Promise<void>;
  /** SIGKILL to its process group at once, as a crash or `kill -9` would end it. */
  kill: () => Promise<void>;
};

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
 * A free port, found synchronously (for configuration files that cannot wait, such as
 * Playwright's): a child process asks the system for one.
 */
export function freePortSync(): number {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

/**
 * Starts a command in its own process group, so stopping it also stops what it started
 * (`npm start` leaves `next-server` behind otherwise).
 */
export function startService(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; quiet?: boolean; logFile?: string },
): Service {
  const log = options.logFile ? fs.openSync(options.logFile, 'a') : undefined;
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio:
      log !== undefined
        ? ['ignore', log, log]
        : options.quiet
          ? ['ignore', 'pipe', 'pipe']
          : ['ignore', 'inherit', 'inherit'],
  });
  if (log !== undefined) fs.closeSync(log);
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
  if (options.logFile) Object.defineProperty(child, 'logFile', { value: options.logFile });
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      return;
    }
    await exited;
  };
  return { name, child, stop, kill };
}

function recentOutput(service: Service): string {
  const logFile: unknown = Reflect.get(service.child, 'logFile');
  if (typeof logFile === 'string') return fs.readFileSync(logFile, 'utf8').slice(-20_000);
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

/** Waits until something accepts connections on a loopback port, or the service dies. */
export async function waitForPort(port: number, service: Service, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) {
      throw new Error(`${service.name} stopte voordat poort ${port} open was:\n${recentOutput(service)}`);
    }
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${service.name}: poort ${port} ging niet open binnen ${timeoutMs / 1000} s`);
}
