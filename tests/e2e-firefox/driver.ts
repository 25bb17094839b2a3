// The Firefox driver: web pages through WebDriver BiDi (puppeteer-core), the extension's own
// moz-extension:// pages through Marionette, which BiDi cannot reach (Firefox bug 1755014).
// Firefox allows one WebDriver session at a time, so `withExtensionPages` hands the browser
// from one to the other and back; tests only see pages and tabs.
import puppeteer, { type Browser } from 'puppeteer-core';
import type { FirefoxWithExtension } from '../../scripts/firefox';
import { connectMarionette, type Marionette } from '../../scripts/marionette';

/** A tab driven through Marionette: an extension page, or a web page while extension pages are open. */
export interface MarionetteTab {
  readonly url: string;
  /** Runs `fn` in the tab's page, its own globals (`browser` in an extension page) included; resolves with its JSON result. */
  evaluate<A extends unknown[], T>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Resolves once `fn` returns true in the tab, checked again after every change it can see. */
  waitFor<A extends unknown[]>(fn: (...args: A) => boolean, ...args: A): Promise<void>;
  /** A real click (WebDriver's pointer actions) on the first element matching `selector`. */
  click(selector: string): Promise<void>;
  /** Types into the element as a user does, key by key, with the caret at its end. */
  type(selector: string, text: string): Promise<void>;
}

export interface ExtensionPages {
  /** Opens `path` (e.g. `sidepanel.html?tab=3`) of the extension in a new tab. */
  open(path: string): Promise<MarionetteTab>;
  /** The open tab whose address starts with `url`. */
  tab(url: string): Promise<MarionetteTab>;
  /** The tab id extension APIs know for the tab showing `url`. */
  tabIdOf(url: string): Promise<number>;
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/**
 * Wraps a test's function for Marionette's asynchronous script call. Marionette evaluates it
 * with the page's own globals (the extension API `browser` in an extension page), and the
 * page's CSP does not apply to it. Arguments and result travel as JSON.
 */
const wrap = (source: string) => `const done = arguments[arguments.length - 1];
Promise.resolve().then(() => (${source})(...JSON.parse(arguments[0]))).then(
  (value) => done({ value: JSON.stringify(value === undefined ? null : value) }),
  (error) => done({ error: String((error && error.stack) || error) }),
);`;

export class FirefoxDriver {
  #browser: Browser | null;
  #marionetteTurn = false;

  constructor(private readonly launched: FirefoxWithExtension) {
    this.#browser = launched.browser;
  }

  get extensionOrigin(): string {
    return this.launched.extensionOrigin;
  }

  /** The BiDi connection; connects again when Marionette had the browser. */
  async browser(): Promise<Browser> {
    if (this.#marionetteTurn) throw new Error('Web pages are driven through Marionette inside withExtensionPages.');
    this.#browser ??= await puppeteer.connect({ browserWSEndpoint: this.launched.endpoint, protocol: 'webDriverBiDi' });
    return this.#browser;
  }

  /**
   * Gives Marionette the browser for `work`, then BiDi again. Puppeteer pages from before are
   * gone afterwards (their connection closed); `(await driver.browser()).pages()` has them anew.
   */
  async withExtensionPages<T>(work: (pages: ExtensionPages) => Promise<T>): Promise<T> {
    await this.#browser?.disconnect();
    this.#browser = null;
    this.#marionetteTurn = true;
    const marionette = await connectMarionette(await this.launched.marionettePort());
    try {
      return await work(extensionPages(marionette, this.launched.extensionOrigin));
    } finally {
      await marionette.close();
      this.#marionetteTurn = false;
    }
  }

  async close(): Promise<void> {
    await (await this.browser()).close();
  }
}

/** A function that resolves once `check` holds: tried at once, after every DOM change, and every 250 ms (for state the DOM does not show). */
const waitSource = (check: string) => `(...args) => new Promise((resolve, reject) => {
  const check = ${check};
  const deadline = Date.now() + 10000;
  const observer = new MutationObserver(() => test());
  const timer = setInterval(() => test(), 250);
  const finish = (error) => {
    observer.disconnect();
    clearInterval(timer);
    if (error) reject(error); else resolve(true);
  };
  const test = () => {
    try {
      if (check(...args)) finish();
      else if (Date.now() > deadline) finish(new Error('gave up waiting for ' + ${JSON.stringify(check)}));
    } catch (error) { finish(error); }
  };
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  test();
})`;

function extensionPages(marionette: Marionette, origin: string): ExtensionPages {
  let current = '';
  const focus = async (handle: string) => {
    if (current === handle) return;
    await marionette.command('WebDriver:SwitchToWindow', { handle, focus: true });
    current = handle;
  };
  const handles = () => marionette.command<string[]>('WebDriver:GetWindowHandles');

  const run = async <T>(handle: string, url: string, source: string, args: unknown[]): Promise<T> => {
    await focus(handle);
    const result = await marionette.command<{ value?: string; error?: string } | null>('WebDriver:ExecuteAsyncScript', {
      script: wrap(source),
      args: [JSON.stringify(args)],
    });
    // No answer at all: the document the script ran in went away (a navigation, a closed tab).
    if (result === null) throw new Error(`In ${url}: the page went away while the script ran`);
    if (result.error !== undefined) throw new Error(`In ${url}: ${result.error}`);
    return JSON.parse(result.value ?? 'null') as T;
  };

  const tabFor = (handle: string, url: string): MarionetteTab => {
    const element = async (selector: string) => {
      // A page still rendering (Preact mounts after load) has no element yet: FindElement does not wait.
      await run(handle, url, waitSource('(selector) => document.querySelector(selector) !== null'), [selector]);
      const found = await marionette.command<Record<string, string>>('WebDriver:FindElement', { using: 'css selector', value: selector });
      return found[ELEMENT];
    };
    return {
      url,
      evaluate: (fn, ...args) => run(handle, url, fn.toString(), args),
      waitFor: (fn, ...args) => run(handle, url, waitSource(fn.toString()), args),
      async click(selector) {
        await marionette.command('WebDriver:ElementClick', { id: await element(selector) });
      },
      async type(selector, text) {
        await marionette.command('WebDriver:ElementSendKeys', { id: await element(selector), text });
      },
    };
  };

  const urlOf = async (handle: string) => {
    await focus(handle);
    return marionette.command<string>('WebDriver:GetCurrentURL');
  };
  const findTab = async (url: string) => {
    for (const handle of await handles()) {
      const address = await urlOf(handle);
      if (address.startsWith(url)) return tabFor(handle, address);
    }
    throw new Error(`No tab shows ${url}`);
  };
  // Tab ids are the extension's to tell: any of its pages can ask (the onboarding tab is there from install).
  const anyExtensionTab = () => findTab(`${origin}/`);

  return {
    async open(path) {
      const url = `${origin}/${path}`;
      // Firefox 153.8 ESR refuses Marionette's navigation to moz-extension:// addresses ("not
      // allowed in this context"), so one of the extension's own pages opens the tab, as a
      // user's click in the popup would.
      const before = new Set(await handles());
      await (await anyExtensionTab()).evaluate(async (wanted: string) => {
        const api = (globalThis as unknown as { browser: { tabs: { create(options: object): Promise<unknown> } } }).browser;
        await api.tabs.create({ url: wanted });
      }, url);
      let handle: string | undefined;
      for (let tries = 0; tries < 200 && !handle; tries++) {
        handle = (await handles()).find((candidate) => !before.has(candidate));
        if (!handle) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      if (!handle) throw new Error(`No new tab opened for ${url}`);
      for (let tries = 0; tries < 200 && !(await urlOf(handle)).startsWith(url); tries++) await new Promise((resolve) => setTimeout(resolve, 50));
      await run(handle, url, waitSource("() => document.readyState === 'complete'"), []);
      return tabFor(handle, url);
    },
    tab: findTab,
    async tabIdOf(url) {
      const id = await (await anyExtensionTab()).evaluate(async (wanted: string) => {
        const api = (globalThis as unknown as { browser: { tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> } } }).browser;
        return (await api.tabs.query({})).find((tab) => tab.url === wanted)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`No tab found for ${url}`);
      return id;
    },
  };
}
