/**
 * A minimal Marionette client (Firefox's own remote protocol: length-prefixed JSON over TCP), for the
 * one thing WebDriver BiDi cannot do in Firefox 153: script in extension pages. BiDi refuses to navigate
 * to moz-extension:// and skips extension contexts (isBrowsingContextCompatible, Mozilla bug 1755014),
 * so the harness opens popup.html, reads the badge and the extension's storage through Marionette,
 * which geckodriver runs next to BiDi the same way (Firefox started with --marionette, port 0: the port
 * is read from <profile>/MarionetteActivePort).
 */
import { connect, type Socket } from 'node:net';

type Pending = { ok(value: unknown): void; fail(error: Error): void };

/** A Marionette connection (no session yet: send WebDriver:NewSession first): send(command, params) → its result. */
export interface Marionette {
  send<T = unknown>(command: string, params?: Record<string, unknown>): Promise<T>;
  close(): void;
}

export async function connectMarionette(port: number): Promise<Marionette> {
  const socket: Socket = connect(port, '127.0.0.1');
  const pending = new Map<number, Pending>();
  let buffer = Buffer.alloc(0);
  let greeted: (() => void) | undefined;
  const greeting = new Promise<void>((ok) => (greeted = ok));
  let nextId = 1;

  socket.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const colon = buffer.indexOf(0x3a); // "<length>:<json>"
      if (colon < 0) return;
      const length = Number(buffer.subarray(0, colon).toString('ascii'));
      if (buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as unknown;
      buffer = buffer.subarray(colon + 1 + length);
      if (!Array.isArray(packet)) {
        greeted?.(); // {"applicationType":"gecko","marionetteProtocol":3}
        continue;
      }
      const [, id, error, result] = packet as [number, number, { error: string; message: string } | null, unknown];
      const p = pending.get(id);
      pending.delete(id);
      if (error) p?.fail(new Error(`Marionette ${error.error}: ${error.message}`));
      else p?.ok(result);
    }
  });
  const failAll = (e: Error) => {
    for (const p of pending.values()) p.fail(e);
    pending.clear();
  };
  socket.on('error', failAll);
  socket.on('close', () => failAll(new Error('Marionette connection closed')));
  await new Promise<void>((ok, fail) => {
    socket.once('connect', ok);
    socket.once('error', fail);
  });
  await greeting;

  const send = <T>(command: string, params: Record<string, unknown> = {}): Promise<T> =>
    new Promise<T>((ok, fail) => {
      const id = nextId++;
      pending.set(id, { ok: ok as (v: unknown) => void, fail });
      const body = Buffer.from(JSON.stringify([0, id, command, params]), 'utf8');
      socket.write(`${body.length}:`);
      socket.write(body);
    });
  return {
    send,
    close: () => {
      socket.destroy();
    },
  };
}
