import net from 'node:net';

export type RestartableProxy = {
  port: number;
  /**
   * What a client sees when the server behind restarts: every open connection is cut, and new
   * ones are refused for `downMs` before they are accepted again. `down` resolves once the server
   * is away (with the number of connections cut), `back` once it accepts connections again.
   */
  restart: (downMs: number) => { down: Promise<{ cut: number }>; back: Promise<void> };
  close: () => Promise<void>;
};

const listen = (server: net.Server, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });

const stopListening = (server: net.Server) =>
  new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));

/**
 * A TCP proxy in front of a server (Postgres, in the tests), so a test can restart "the server"
 * for one client without touching the real one, which other tests and users share.
 */
export async function startRestartableProxy(target: {
  host: string;
  port: number;
}): Promise<RestartableProxy> {
  const clients = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    clients.add(client);
    client.once('close', () => clients.delete(client));
    for (const socket of [client, upstream]) socket.on('error', () => undefined);
    client.pipe(upstream);
    upstream.pipe(client);
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
  });
  await listen(server, 0);
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    restart: (downMs) => {
      // Not listening is what a stopped server looks like: new connections are refused at once.
      const stopped = stopListening(server);
      const cut = clients.size;
      for (const client of clients) client.destroy();
      const down = stopped.then(() => ({ cut }));
      // The outage itself lasts `downMs`: how long the server is away is what is being simulated.
      const back = down
        .then(() => new Promise((resolve) => setTimeout(resolve, downMs)))
        .then(() => listen(server, port));
      return { down, back };
    },
    close: async () => {
      for (const client of clients) client.destroy();
      await stopListening(server);
    },
  };
}
