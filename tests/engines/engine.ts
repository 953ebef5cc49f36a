/**
 * A browser engine for the scenarios: started once (once with JavaScript on, and once more with it off
 * when a scenario asks: neither engine can switch it in a running browser, see firefox.ts and webkit.ts),
 * giving a fresh tab per scenario, each with its privacy guard.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import type { Tab } from '../support/tab';

/** The engines' project option: which engine a worker starts. */
export interface EngineOptions {
  readonly engineName: 'firefox-esr' | 'webkit';
}

export interface TabOptions {
  /** The app's origin. */
  readonly origin: string;
  readonly javaScript: boolean;
  /** The scenario goes to the exit site: requests to it are not off-origin. */
  readonly leaves: boolean;
}

export interface EngineTab extends Tab {
  /**
   * What the page did that it must not, since the tab opened: requests outside the app's origin (and the
   * exit site's, when allowed), and errors in its console (where the engine's protocol reports them).
   */
  guard(): Promise<{ readonly offOrigin: readonly string[]; readonly consoleErrors: readonly string[] }>;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: string;
  /** The engine's version, as it reports it. */
  readonly version: string;
  tab(options: TabOptions): Promise<EngineTab>;
  close(): Promise<void>;
}

/** The phone's viewport of the Chromium suite's mobile project, in CSS pixels. */
export const VIEWPORT = { width: 360, height: 740 } as const;

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `probe` until it answers truthy (a thrown error counts as not yet), or fails after `timeout` ms. */
export async function until<T>(what: string, probe: () => Promise<T>, timeout = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeout / 1000} s${last instanceof Error ? ` (${last.message})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function writePicture(path: string, png: Buffer | Uint8Array): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, png);
  return path;
}
