import fs from 'node:fs';
import path from 'node:path';
import { startService, waitForPort, type Service } from './processes';

type Upstream = { name: string; listen: number; servers: number[] };

/**
 * The load balancer's configuration: per upstream, one loopback server that spreads requests over
 * the replicas. A replica that refuses or drops a connection is skipped for two seconds and the
 * request (an idempotent one) goes to the next. The CMS's change notices to the site are logged
 * with their bodies, so that tests can count them.
 */
function nginxConfig(dir: string, upstreams: Upstream[]): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, 'temp', name)};`;
  const blocks = upstreams.map(
    ({ name, listen, servers }) => `
  upstream ${name} {
${servers.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=2s;`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${listen};
    # nginx closes a client's connection after 1,000 requests (its default); autocannon does not
    # read "Connection: close" and sends the next request into the closing socket, now and then an
    # ECONNRESET that is the load generator's, not the site's.
    keepalive_requests 1000000;
    client_max_body_size 256m;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_next_upstream error timeout http_502;
    proxy_next_upstream_tries 2;
    proxy_connect_timeout 2s;
    proxy_read_timeout 60s;
    proxy_buffering off;
    location = /api/revalidate {
      access_log ${path.join(dir, `${name}-revalidate.log`)} notices;
      proxy_pass http://${name};
    }
    location / {
      proxy_pass http://${name};
    }
  }`,
  );
  return `worker_processes 2;
daemon off;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off;
  log_format notices '$msec $request_body';
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
${blocks.join('\n')}
}
`;
}

/** Debian's nginx (`apt-get install nginx`), as the CI script installs it. */
const NGINX = process.env.NGINX_BIN || '/usr/sbin/nginx';

/** nginx with the configuration above, in `dir`, in the foreground of its own process group. */
export async function startNginx(dir: string, upstreams: Upstream[], quiet = true): Promise<Service> {
  if (!fs.existsSync(NGINX)) {
    throw new Error(`nginx ontbreekt (${NGINX}): installeer het met "apt-get install -y nginx".`);
  }
  fs.mkdirSync(path.join(dir, 'temp'), { recursive: true });
  const config = path.join(dir, 'nginx.conf');
  fs.writeFileSync(config, nginxConfig(dir, upstreams));
  const service = startService('nginx', NGINX, ['-c', config, '-p', dir, '-e', path.join(dir, 'error.log')], {
    cwd: dir,
    env: process.env,
    quiet,
  });
  for (const { listen } of upstreams) await waitForPort(listen, service);
  return service;
}
