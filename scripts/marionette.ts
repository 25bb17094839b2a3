// A minimal client for Firefox's Marionette protocol: the one remote protocol that can reach
// the extension's own moz-extension:// pages (WebDriver BiDi cannot, Firefox bug 1755014).
// Packets are `<length>:<json>`; a command is [0, id, name, params], its answer [1, id, error, result].
import { connect, type Socket } from 'node:net';

export interface Marionette {
  /** Sends one WebDriver command ("WebDriver:GetWindowHandles", ...) and resolves with its value. */
  command<T = unknown>(name: string, params?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** Splits a byte stream into Marionette packets; `feed` returns the complete ones. */
export function createPacketReader(): (chunk: Buffer) => unknown[] {
  let buffered = Buffer.alloc(0);
  return (chunk) => {
    buffered = Buffer.concat([buffered, chunk]);
    const packets: unknown[] = [];
    for (;;) {
      const colon = buffered.indexOf(':');
      if (colon < 0) break;
      const length = Number(buffered.subarray(0, colon).toString('ascii'));
      if (buffered.length < colon + 1 + length) break;
      packets.push(JSON.parse(buffered.subarray(colon + 1, colon + 1 + length).toString('utf8')));
      buffered = buffered.subarray(colon + 1 + length);
    }
    return packets;
  };
}

export function encodePacket(value: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  return Buffer.concat([Buffer.from(`${body.length}:`, 'ascii'), body]);
}

/** Connects to Marionette on `port`, waits for its greeting and opens a WebDriver session. */
export async function connectMarionette(port: number): Promise<Marionette> {
  const socket: Socket = connect(port, '127.0.0.1');
  const read = createPacketReader();
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void; name: string }>();
  let greeted: () => void = () => undefined;
  const greeting = new Promise<void>((resolve) => (greeted = resolve));
  let failure: Error | null = null;
  socket.on('data', (chunk) => {
    for (const packet of read(chunk)) {
      if (!Array.isArray(packet)) {
        greeted();
        continue;
      }
      const [, id, error, result] = packet as [number, number, { error: string; message: string } | null, { value?: unknown } | null];
      const waiting = pending.get(id);
      pending.delete(id);
      if (!waiting) continue;
      if (error) waiting.reject(new Error(`Marionette ${waiting.name}: ${error.error}: ${error.message}`));
      else waiting.resolve(result && typeof result === 'object' && 'value' in result ? result.value : result);
    }
  });
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('error', (error) => {
    failure = error;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  });
  await Promise.race([greeting, closed.then(() => Promise.reject(failure ?? new Error('Marionette closed the connection before its greeting.')))]);

  let nextId = 0;
  const command = <T>(name: string, params: Record<string, unknown> = {}) =>
    new Promise<T>((resolve, reject) => {
      if (failure) return reject(failure);
      const id = ++nextId;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject, name });
      socket.write(encodePacket([0, id, name, params]));
    });
  await command('WebDriver:NewSession', { capabilities: {} });
  return {
    command,
    async close() {
      await command('WebDriver:DeleteSession').catch(() => undefined);
      socket.end();
      await closed;
    },
  };
}
