/**
 * WebKit (WebKitGTK, Safari's engine: Debian's `webkit2gtk-driver`) driven over W3C WebDriver, its
 * MiniBrowser in a virtual X display (Xvfb).
 *
 * - The viewport: MiniBrowser's window cannot be narrower than its toolbar (447 px); `--full-screen` drops
 *   the toolbar, and the window is then sized to the phone's 360 × 740. The X screen is tall, so that a
 *   picture of a whole page can be taken by making the window as tall as the page.
 * - The exit site: WebKitWebDriver cannot intercept requests (nor speak BiDi: it refuses `webSocketUrl`),
 *   so the driver and its browser run in a mount namespace of their own whose /etc/hosts sends
 *   www.weather.gov to a loopback address, where network.ts answers HTTPS with a stub (held as the other
 *   engines hold theirs). Needs root (CI runs as root), like the package installs.
 * - The privacy guard: every other request goes through a recording proxy (network.ts). WebDriver has no
 *   console log, so console errors are not read here.
 * - Page loads: the session's page load strategy is "none", so that the page can be read while the exit
 *   site's answer is held (with "normal", every command waits for the load); `open` waits for the new
 *   document itself.
 * - JavaScript off: MiniBrowser's `--enable-javascript=false`, a start option, so a second session (the
 *   driver takes one at a time: the first is closed).
 * - Its language: MiniBrowser takes the environment's (LANG=C here gives "C", which names no country and so
 *   shows the "not listed" country notice); it is given en_US, as the other engines have en-US.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inPage, leavingStateInPage, screenshotPath, type LeavingState } from '../support/tab';
import { VIEWPORT, freePort, until, writePicture, type Engine, type EngineTab, type TabOptions } from './engine';
import { EXIT_HOST, startExitSite, startRecorder, type ExitSite, type Recorder } from './network';
import { SHIFT, WebDriverSession } from './webdriver';

export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
/** MiniBrowser, from Debian's libwebkit2gtk-4.1-0 (a dependency of webkit2gtk-driver), in the machine's own library folder. */
export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ??
  readdirSync('/usr/lib')
    .map((dir) => join('/usr/lib', dir, 'webkit2gtk-4.1/MiniBrowser'))
    .find((path) => existsSync(path)) ??
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB_PATH = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';
/** The X screen: as wide as a desktop, tall enough for a whole results page at 360 px. */
const SCREEN = { width: 1280, height: 16000 };

/** Starts Xvfb on a free display (it picks one and says which); resolves with the display and the process. */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn(XVFB_PATH, ['-displayfd', '3', '-screen', '0', `${SCREEN.width}x${SCREEN.height}x24`, '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let errors = '';
  xvfb.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const display = await new Promise<string>((resolve, reject) => {
    let said = '';
    (xvfb.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('\n')) resolve(`:${said.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb stopped (${code}) before it named its display: ${errors.slice(-500)}`)));
    xvfb.once('error', reject);
  });
  return { display, process: xvfb };
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** WebKitWebDriver, seeing `hosts` as /etc/hosts (a private mount namespace), in the X display. */
async function startDriver(hosts: string, display: string): Promise<{ endpoint: string; process: ChildProcess; output: () => string }> {
  const port = await freePort();
  const driver = spawn('unshare', ['--mount', '--propagation', 'private', '--', 'sh', '-c', 'mount --bind "$1" /etc/hosts && exec "$2" --host=127.0.0.1 --port="$3"', 'sh', hosts, WEBKIT_DRIVER_PATH, String(port)], {
    env: { ...process.env, DISPLAY: display, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  driver.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  driver.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const endpoint = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) => driver.once('exit', (code) => reject(new Error(`WebKitWebDriver stopped (${code}): ${output.slice(-800)}`))));
  await Promise.race([WebDriverSession.ready(endpoint, 15_000), exited]);
  exited.catch(() => undefined);
  return { endpoint, process: driver, output: () => output };
}

export async function launchWebKit(): Promise<Engine> {
  const xvfb = await startXvfb();
  const exitSite = await startExitSite();
  const recorder = await startRecorder();
  const dir = mkdtempSync(join(tmpdir(), 'webkit-hosts-'));
  const hosts = join(dir, 'hosts');
  writeFileSync(hosts, `127.0.0.1 localhost\n::1 localhost ip6-localhost ip6-loopback\n${exitSite.address} ${EXIT_HOST}\n`);
  const driver = await startDriver(hosts, xvfb.display);

  let current: { javaScript: boolean; session: WebDriverSession } | undefined;
  const session = async (javaScript: boolean) => {
    if (current?.javaScript === javaScript) return current.session;
    await current?.session.delete();
    current = undefined;
    const started = await WebDriverSession.create(driver.endpoint, {
      browserName: 'MiniBrowser',
      pageLoadStrategy: 'none',
      acceptInsecureCerts: true,
      proxy: { proxyType: 'manual', httpProxy: recorder.httpProxy, sslProxy: recorder.sslProxy, noProxy: ['127.0.0.1', EXIT_HOST] },
      'webkitgtk:browserOptions': {
        binary: MINIBROWSER_PATH,
        // No service worker, as in the Chromium suite (it would precache the whole app behind every scenario).
        args: ['--automation', '--full-screen', '--features=-ServiceWorkers', ...(javaScript ? [] : ['--enable-javascript=false'])],
      },
    });
    current = { javaScript, session: started };
    return started;
  };
  const first = await session(true);
  const version = `MiniBrowser (WebKitGTK) ${String(first.capabilities.browserVersion)}`;

  return {
    name: 'webkit',
    version,
    async tab(options) {
      const s = await session(options.javaScript);
      exitSite.reset();
      recorder.take();
      await s.setWindowRect({ ...VIEWPORT });
      await s.navigate('about:blank');
      await until('webkit: a blank page', async () => (await s.url()) === 'about:blank');
      return webkitTab(s, options, exitSite, recorder);
    },
    async close() {
      await current?.session.delete().catch(() => undefined);
      await stop(driver.process);
      await stop(xvfb.process);
      await exitSite.close();
      await recorder.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function webkitTab(session: WebDriverSession, { origin, leaves }: TabOptions, exitSite: ExitSite, recorder: Recorder): EngineTab {
  const evaluate = <R>(expression: string) => session.execute<R>(`return ${expression};`);
  return {
    engine: 'webkit',
    origin,
    async open(path) {
      const url = `${origin}${path}`;
      await session.navigate(url);
      // "none": navigate returns at once; wait for the new document (its address, and parsed).
      await until(`webkit: ${url} loaded`, () => evaluate<boolean>(`location.href === ${JSON.stringify(url)} && document.readyState !== 'loading'`));
    },
    url: () => session.url(),
    async back() {
      await session.back();
    },
    async forward() {
      await session.forward();
    },
    evaluate,
    async click(expression) {
      // WebKitWebDriver does not scroll an element into view before clicking it ("element not interactable").
      const element = await session.element(`((element) => { element?.scrollIntoView({ block: 'center' }); return element; })(${expression})`);
      if (!element) throw new Error(`webkit: nothing to click for ${expression.slice(-200)}`);
      await session.click(element);
    },
    press: () => session.key(SHIFT),
    holdExit: () => Promise.resolve(exitSite.hold()),
    // With the page load strategy "none", the page is read as it is while its navigation is held.
    watchLeaving: () => Promise.resolve(() => evaluate<LeavingState>(inPage(leavingStateInPage))),
    async screenshot(name) {
      // WebDriver pictures the viewport only: the window is made as tall as the page (the X screen allows
      // it) for one picture, then given back the phone's size. Meanwhile the main area keeps the phone's
      // minimum height (its 100vh, 740 px), or it would grow with the window and push the footer out.
      const height = await evaluate<number>(
        `(() => { document.querySelector('main')?.style.setProperty('min-block-size', '${VIEWPORT.height}px'); return document.documentElement.scrollHeight; })()`,
      );
      await session.setWindowRect({ width: VIEWPORT.width, height: Math.min(height, SCREEN.height) });
      const png = await session.screenshot();
      await session.setWindowRect({ ...VIEWPORT });
      await evaluate(`document.querySelector('main')?.style.removeProperty('min-block-size')`);
      return writePicture(screenshotPath('webkit', name), png);
    },
    guard() {
      const exits = exitSite.take();
      return Promise.resolve({ offOrigin: [...recorder.take(), ...(leaves ? [] : exits)], consoleErrors: [] });
    },
    close: () => Promise.resolve(),
  };
}
