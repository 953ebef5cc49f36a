/**
 * Every server the scripts start, in one place: the built site through `vite preview` (as a plain static
 * host serves it) or through the production nginx (scripts/serve.sh, deploy/nginx.conf). Each is started in
 * a process group of its own, waited for until it answers, and stopped with everything it started.
 *
 *   const server = await startServer({ kind: 'nginx', dist: 'dist', port: 8099 });
 *   … server.base …
 *   await server.stop();
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/**
 * Starts a server for a built site and resolves once `probe` (a path) answers. `output()` is what the
 * server printed so far (serve.sh says where nginx keeps its configuration and logs); `env` is added to the
 * server's environment; `timeout` is how long to wait for it (serve.sh may first install nginx).
 * @param {{ kind: 'preview' | 'nginx', dist?: string, port?: number, probe?: string, quiet?: boolean, env?: Record<string, string>, timeout?: number, cwd?: string }} options
 */
export async function startServer({ kind, dist = 'dist', port, probe = '/', quiet = true, env = {}, timeout = 30_000, cwd }) {
  const at = port ?? (await freePort());
  const base = `http://127.0.0.1:${at}`;
  const child =
    kind === 'preview'
      ? spawn('./node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(at), '--strictPort', '--outDir', dist], { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
      : spawn('bash', ['scripts/serve.sh'], { cwd, env: { ...process.env, PORT: String(at), HOST: '127.0.0.1', DIST: dist, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let printed = '';
  const keep = (/** @type {Buffer} */ chunk) => {
    printed += chunk;
    if (!quiet) process.stderr.write(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => printed;
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    await new Promise((resolve) => (exited ? resolve() : child.once('exit', resolve)));
  };
  process.once('exit', () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  });
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${kind} server for ${dist} stopped before it answered.\n${printed}`);
    try {
      if ((await fetch(`${base}${probe}`)).ok) return { base, port: at, stop, output };
    } catch {
      /* not yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`${kind} server for ${dist} did not answer ${probe} within ${timeout / 1000} s.\n${printed}`);
}
