/**
 * A tiny HTTP proxy on 127.0.0.1 for the Firefox e2e suite: Firefox has no --host-resolver-rules, so
 * its prefs point every connection at this proxy (network.proxy.*, harness.ts), and the proxy sends
 * every CONNECT tunnel and plain-HTTP request to the fixture server, whatever the host. Pages thus load
 * as https://sellercentral.amazon.com/... with the real manifest matches, and nothing ever leaves the
 * machine. Each host asked for is recorded, so a spec can show Firefox tried no outside host.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

/** A running proxy. */
export interface ForwardingProxy {
  port: number;
  /** Every host Firefox asked the proxy for (CONNECT target or plain-HTTP Host), in order. */
  hosts: string[];
  close(): Promise<void>;
}

/** Starts the proxy on a random port of 127.0.0.1, forwarding everything to 127.0.0.1:<targetPort>. */
export async function startForwardingProxy(targetPort: number): Promise<ForwardingProxy> {
  const hosts: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req: IncomingMessage, res) => {
    // Plain http:// (Firefox's own background requests, if any): recorded and answered locally.
    hosts.push(new URL(req.url ?? '/', 'http://unknown').hostname);
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('SFP Guide e2e proxy: plain HTTP is not served');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    hosts.push((req.url ?? '').replace(/:\d+$/, ''));
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  return {
    port: (server.address() as AddressInfo).port,
    hosts,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}
