/**
 * The baseline server as a process of its own (like the site), so it does not share an event
 * loop with the load generator: reads the bytes to send from a file, prints its port.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const [file, contentType = 'text/html'] = process.argv.slice(2);
if (!file) throw new Error('usage: static-server-child.ts <body-file> [content-type]');
const body = fs.readFileSync(file);
const headers = { 'Content-Type': contentType, 'Content-Length': String(body.length) };
const server = http.createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
