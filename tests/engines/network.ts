/**
 * What WebKit's page reaches outside the app, for a WebDriver session that cannot intercept requests
 * (WebKitWebDriver has no request interception, and no BiDi):
 *
 * - the exit site: WebKit runs with its own view of /etc/hosts (a mount namespace, see webkit.ts) in which
 *   www.weather.gov is a loopback address of its own, where `startExitSite` answers HTTPS with a stub
 *   page, on a certificate made for the run (the session accepts it: `acceptInsecureCerts`); the stub's
 *   answer can be held, as the Chromium suite holds it with `page.route`;
 * - the privacy guard: every other request goes through `startRecorder`, the session's proxy, which
 *   records it and answers nothing (the app's own origin and the exit site are not proxied).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo, type Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HeldExit } from '../support/tab';

export const EXIT_HOST = 'www.weather.gov';
const STUB = '<!doctype html><title>Weather</title><h1>Weather</h1>';

const listen = (server: Server | NetServer, port: number, host: string) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
const close = (server: Server | NetServer) => new Promise<void>((resolve) => server.close(() => resolve()));

export interface ExitSite {
  /** The loopback address the exit site's name stands for, in WebKit's hosts file. */
  readonly address: string;
  /** The exit site's next answers are held until released. */
  hold(): HeldExit;
  /** Every address asked of the exit site since the last call. */
  take(): string[];
  /** Answers at once again, and forgets what was asked (a new tab). */
  reset(): void;
  close(): Promise<void>;
}

/**
 * The exit site on 127.x.y.z:443 (the browser asks for https://www.weather.gov/, port 443), an address of
 * its own so that two runs on one machine do not meet. Needs root (a port below 1024) and openssl.
 */
export async function startExitSite(): Promise<ExitSite> {
  const dir = mkdtempSync(join(tmpdir(), 'exit-site-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', `/CN=${EXIT_HOST}`, '-addext', `subjectAltName=DNS:${EXIT_HOST}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(`The WebKit exit site needs openssl to make its certificate (apt-get install openssl): ${String(error)}`);
  }
  const key = readFileSync(join(dir, 'key.pem'));
  const cert = readFileSync(join(dir, 'cert.pem'));
  rmSync(dir, { recursive: true, force: true });

  let asked: string[] = [];
  let held: { released: Promise<void>; requested: () => void } | undefined;
  const server = createHttpsServer({ key, cert }, (request, response) => {
    asked.push(`https://${request.headers.host ?? EXIT_HOST}${request.url ?? ''}`);
    if (request.url !== '/') {
      response.writeHead(404).end();
      return;
    }
    const answer = () => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(STUB);
    if (!held) return answer();
    held.requested();
    void held.released.then(answer);
  });
  // 127.<pid>.1: the pid keeps two runs apart; another address if it is taken all the same.
  let address = '';
  for (let attempt = 0; ; attempt++) {
    address = `127.${(process.pid >> 8) & 255}.${process.pid & 255}.${1 + attempt}`;
    try {
      await listen(server, 443, address);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES') throw new Error('The WebKit exit site needs port 443 on a loopback address: run as root (CI does).');
      if (code !== 'EADDRINUSE' || attempt > 20) throw error;
    }
  }
  return {
    address,
    hold() {
      let requested!: () => void;
      let release!: () => void;
      const asked = new Promise<void>((resolve) => (requested = resolve));
      held = { released: new Promise<void>((resolve) => (release = resolve)), requested };
      return { requested: asked, release };
    },
    take() {
      const out = asked;
      asked = [];
      return out;
    },
    reset() {
      held = undefined;
      asked = [];
    },
    close: () => close(server),
  };
}

export interface Recorder {
  /** The proxy's addresses, for WebDriver's `proxy` capability. */
  readonly httpProxy: string;
  readonly sslProxy: string;
  /** Every request that went out since the last call. */
  take(): string[];
  close(): Promise<void>;
}

/**
 * WebKit's proxy for everything but the app and the exit site: records each request and answers nothing
 * useful. Plain HTTP comes as a request with its whole address; for HTTPS WebKit opens TLS to the proxy
 * itself (its `sslProxy` is an HTTPS proxy), so only that a secure request went out is known.
 */
export async function startRecorder(): Promise<Recorder> {
  let seen: string[] = [];
  const http = createHttpServer((request, response) => {
    seen.push(`${request.method ?? 'GET'} ${request.url ?? ''}`);
    response.writeHead(403).end();
  });
  http.on('connect', (request: { url?: string }, socket: NodeJS.WritableStream & { destroy(): void }) => {
    seen.push(`CONNECT ${request.url ?? ''}`);
    socket.destroy();
  });
  const secure = createNetServer((socket) => {
    seen.push('an HTTPS request (through the proxy: its address is inside TLS)');
    socket.destroy();
  });
  await listen(http, 0, '127.0.0.1');
  await listen(secure, 0, '127.0.0.1');
  return {
    httpProxy: `127.0.0.1:${(http.address() as AddressInfo).port}`,
    sslProxy: `127.0.0.1:${(secure.address() as AddressInfo).port}`,
    take() {
      const out = seen;
      seen = [];
      return out;
    },
    close: async () => {
      await close(http);
      await close(secure);
    },
  };
}
