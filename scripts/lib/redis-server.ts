import net from 'node:net';
import { freePort, startService, type Service } from './processes';

export type TestRedis = { url: string; port: number; stop: () => Promise<void>; start: () => Promise<void> };

/**
 * A Redis of its own on a free loopback port (the machine's redis-server binary, keeping nothing
 * on disk), for tests that stop and start Redis without touching anyone else's.
 */
export async function startTestRedis(): Promise<TestRedis> {
  const port = await freePort();
  let service: Service | null = null;
  const start = async () => {
    service = startService(
      'Redis',
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { cwd: process.cwd(), env: process.env, quiet: true },
    );
    await waitForRedis(port, service);
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop: async () => {
      await service?.stop();
      service = null;
    },
  };
}

async function waitForRedis(port: number, service: Service): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null)
      throw new Error('redis-server stopte meteen (staat het op het PATH?)');
    const answered = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => socket.write('PING\r\n'));
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString().startsWith('+PONG'));
      });
      socket.once('error', () => resolve(false));
    });
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server antwoordde niet op poort ${port}`);
}
