/**
 * A small W3C WebDriver client (https://www.w3.org/TR/webdriver2/): the few commands the engine scenarios
 * use, as plain `fetch` against a driver's endpoints (WebKitWebDriver here). No dependency: the protocol is
 * JSON over HTTP, and these are all the commands needed.
 */

/** The key that names an element in WebDriver's JSON. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
/** WebDriver's code for the Shift key. */
export const SHIFT = '\uE008';

export class WebDriverError extends Error {}

type ElementReference = { readonly [ELEMENT]: string };
const isElement = (value: unknown): value is ElementReference => typeof value === 'object' && value !== null && ELEMENT in value;

async function call<T>(endpoint: string, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${endpoint}${path}`, {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
  });
  const answer = (await response.json()) as { value: T & { error?: string; message?: string } };
  if (!response.ok) throw new WebDriverError(`${method} ${path}: ${answer.value.error ?? response.status}${answer.value.message ? `: ${answer.value.message}` : ''}`);
  return answer.value;
}

export class WebDriverSession {
  private constructor(
    private readonly endpoint: string,
    readonly id: string,
    readonly capabilities: Readonly<Record<string, unknown>>,
  ) {}

  /** A new session (POST /session) with these capabilities, all of them required. */
  static async create(endpoint: string, alwaysMatch: Record<string, unknown>): Promise<WebDriverSession> {
    const { sessionId, capabilities } = await call<{ sessionId: string; capabilities: Record<string, unknown> }>(endpoint, 'POST', '/session', { capabilities: { alwaysMatch } });
    return new WebDriverSession(endpoint, sessionId, capabilities);
  }

  /** Resolves once the driver answers that it can take a session. */
  static async ready(endpoint: string, timeout: number): Promise<void> {
    const deadline = Date.now() + timeout;
    for (;;) {
      try {
        if ((await call<{ ready: boolean }>(endpoint, 'GET', '/status')).ready) return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
      if (Date.now() > deadline) throw new WebDriverError(`${endpoint} did not get ready within ${timeout / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private command<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    return call<T>(this.endpoint, method, `/session/${this.id}${path}`, body);
  }

  navigate(url: string) {
    return this.command<null>('POST', '/url', { url });
  }
  url() {
    return this.command<string>('GET', '/url');
  }
  back() {
    return this.command<null>('POST', '/back');
  }
  forward() {
    return this.command<null>('POST', '/forward');
  }
  setWindowRect(rect: { width: number; height: number }) {
    return this.command<unknown>('POST', '/window/rect', rect);
  }
  /** Runs a script (a function body) in the page; an element in the answer comes back as its reference. */
  execute<T>(script: string, args: readonly unknown[] = []) {
    return this.command<T>('POST', '/execute/sync', { script, args });
  }
  /** The element an expression evaluates to, or null. */
  async element(expression: string): Promise<string | null> {
    const value = await this.execute<unknown>(`return ${expression};`);
    return isElement(value) ? value[ELEMENT] : null;
  }
  click(element: string) {
    return this.command<null>('POST', `/element/${element}/click`);
  }
  /** Presses and releases a key (a WebDriver key code such as SHIFT), then releases every input. */
  async key(value: string) {
    await this.command<null>('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }],
    });
    await this.command<null>('DELETE', '/actions');
  }
  /** The viewport as a PNG. */
  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.command<string>('GET', '/screenshot'), 'base64');
  }
  async delete() {
    await this.command<null>('DELETE', '');
  }
}
