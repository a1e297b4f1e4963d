import net from 'node:net';

/**
 * Ports already handed out in this process are not handed out again: a server restarted on the port of the one it
 * replaces can meet a keep-alive socket fetch still holds to the old one ("other side closed").
 */
const handedOut = new Set<number>();

/**
 * A free TCP port below 32768. Ephemeral ports (the kernel's default for port 0) collide with outgoing client
 * sockets under load, so tests pick from a fixed low range, offset by the jest worker id.
 */
export async function freePort(rangeStart = 20000, rangeSize = 10000): Promise<number> {
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  const base = rangeStart + ((worker * 997) % rangeSize);
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const candidate =
      rangeStart + ((base - rangeStart + attempt * 37 + Math.floor(Math.random() * 31)) % rangeSize);
    if (handedOut.has(candidate) || !(await isFree(candidate))) continue;
    handedOut.add(candidate);
    return candidate;
  }
  throw new Error('no free port found below 32768');
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
