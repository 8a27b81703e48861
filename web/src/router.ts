// History routing: the routes of docs/api.md ("The UI's routes") mapped to pages.
// In-app links carry data-nav; the router handles them without a page load.

/** What a page gets: where it is, where to draw, and a signal aborted when the user navigates away. */
export interface PageContext {
  /** Route parameters, e.g. { id: '7' } for /articles/7. */
  route: Record<string, string>;
  query: URLSearchParams;
  root: HTMLElement;
  signal: AbortSignal;
}

/** Draws a page into ctx.root. Rejections are shown as the page's error. */
export type Page = (ctx: PageContext) => Promise<void>;

interface Route { pattern: RegExp; names: string[]; page: Page }

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one. */
  replace?: boolean;
  /** Move focus to the new page's heading (default true; false keeps it, e.g. in a search box). */
  focus?: boolean;
}

let active: Router | null = null;

/** Goes to `url` (path and query) with the started router. */
export function navigate(url: string, options: NavigateOptions = {}): void {
  active?.navigate(url, options);
}

export class Router {
  private readonly routes: Route[] = [];
  private current: AbortController | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly notFound: Page,
    private readonly onError: (root: HTMLElement, error: unknown) => void,
  ) {}

  /** Adds a route such as '/articles/:id' (a parameter matches one path segment). */
  add(path: string, page: Page): this {
    const names: string[] = [];
    const source = path.replace(/:(\w+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    this.routes.push({ pattern: new RegExp(`^${source}/?$`), names, page });
    return this;
  }

  /** Starts routing: renders the current URL and follows link clicks and back/forward. */
  start(): void {
    active = this;
    document.addEventListener('click', (event) => {
      const a = (event.target as Element | null)?.closest?.('a[data-nav]') as HTMLAnchorElement | null;
      if (!a || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      if (a.origin !== location.origin) return;
      event.preventDefault();
      this.navigate(a.pathname + a.search + a.hash);
    });
    window.addEventListener('popstate', () => void this.render(false));
    void this.render(false);
  }

  /** Goes to `url` (path and query) as a new history entry, or replacing the current one. */
  navigate(url: string, { replace = false, focus = true }: NavigateOptions = {}): void {
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    void this.render(focus);
  }

  private async render(moveFocus: boolean): Promise<void> {
    this.current?.abort();
    const controller = new AbortController();
    this.current = controller;
    const path = decodeURIComponent(location.pathname);
    let page = this.notFound;
    const route: Record<string, string> = {};
    for (const r of this.routes) {
      const m = r.pattern.exec(path);
      if (!m) continue;
      r.names.forEach((name, i) => (route[name] = m[i + 1]));
      page = r.page;
      break;
    }
    this.markCurrentNav(path);
    const ctx = { route, query: new URLSearchParams(location.search), root: this.root, signal: controller.signal };
    try {
      await page(ctx);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.onError(this.root, error);
    }
    if (moveFocus && !controller.signal.aborted) {
      // Keyboard and screen-reader users land on the new page's heading.
      const heading = this.root.querySelector('h1');
      if (heading) {
        heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: false });
      }
    }
  }

  private markCurrentNav(path: string): void {
    document.querySelectorAll('header nav a').forEach((a) => {
      const href = (a as HTMLAnchorElement).pathname;
      const current = href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
      if (current) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
  }
}
