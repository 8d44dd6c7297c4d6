// Printing a page of the app to PDF with a headless Chromium on the server, as the signed-in user sees it.
import "server-only";
import fs from "node:fs";
import os from "node:os";
import { getDb } from "@/db/index";
import { BUSY } from "./domain/limiter";
import { keptResource } from "./server/kept-resource";
import { createSharedLimiter } from "./server/shared-limiter";

type Playwright = typeof import("playwright");

const SYSTEM_CHROMIUM = [
  "/usr/bin/chromium-headless-shell",
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

/**
 * Playwright is a development dependency: a production install may lack it. Load it only when asked, outside the
 * bundle, so its absence means "no PDF" rather than a failed build or a failed request.
 */
async function loadPlaywright(): Promise<Playwright | null> {
  try {
    return (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ "playwright")) as Playwright;
  } catch {
    return null;
  }
}

/** The same choice as e2e/browser.mjs: CHROMIUM_PATH, else the system's Chromium, else Playwright's download. */
function chromiumPath(playwright: Playwright): string | undefined {
  if (process.env.CHROMIUM_PATH)
    return fs.existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  const system = SYSTEM_CHROMIUM.find((candidate) => fs.existsSync(candidate));
  if (system) return system;
  try {
    const own = playwright.chromium.executablePath();
    return fs.existsSync(own) ? own : undefined;
  } catch {
    return undefined;
  }
}

export type PdfResult =
  | { ok: true; pdf: Buffer }
  | { ok: false; reason: "unavailable" | "failed" | "busy"; error?: unknown };

export type PdfRequest = {
  /** The page to print; only requests to its own origin are let through. */
  url: URL;
  /** The cookies of the user's request, so the page is rendered with their session and language. */
  cookies: { name: string; value: string }[];
  /** The path the page must end on: a redirect elsewhere (to the sign-in page) is a failure, not a PDF. */
  expectPath: string;
  /** The user came over HTTPS through a proxy: their cookies are secure ones, and the page must be told so too. */
  https?: boolean;
};

const TIMEOUT_MS = 30_000;

/**
 * Each browser takes memory and a core: two print at once, four more wait, anyone beyond hears it is busy. The places
 * are kept in SQLite, so the limit holds for the whole installation however many server processes there are.
 */
export const PDF_PLACES = { pool: "pdf", running: 2, waiting: 4 } as const;
const printing = createSharedLimiter({ ...PDF_PLACES, database: getDb });

/**
 * Renders the page as an A4 PDF with its background, a tag tree for screen readers and an outline from the headings.
 * "unavailable" when there is no Playwright or no Chromium to start; "failed" when rendering went wrong; "busy" when
 * too many PDFs are being made already.
 */
export async function renderPdf(request: PdfRequest): Promise<PdfResult> {
  try {
    const result = await printing.run(() => print(request));
    return result === BUSY ? { ok: false, reason: "busy" } : result;
  } catch (error) {
    // The database did not answer the question of a place: no PDF now, and the report page says so.
    return { ok: false, reason: "failed", error };
  }
}

type Browser = Awaited<ReturnType<Playwright["chromium"]["launch"]>>;

/** How long the browser stays after the last PDF: a report is often printed again soon, or several in a row. */
const BROWSER_IDLE_MS = 120_000;
/** The browser's CPU priority (nice): pages keep being served quickly while a PDF is being printed beside them. */
const BROWSER_NICENESS = 10;

/** The processes this server process started, i.e. the browser and its helpers (Linux only; elsewhere none). */
function childProcesses(): number[] {
  const parents = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = fs.readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
  for (const entry of entries) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // Gone in the meantime.
    }
  }
  const found: number[] = [];
  const queue = [...(parents.get(process.pid) ?? [])];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    found.push(pid);
    queue.push(...(parents.get(pid) ?? []));
  }
  return found;
}

/** Lowers the browser's priority; the pages it opens later start from its processes and so share it. */
function lowerPriority() {
  for (const pid of childProcesses()) {
    try {
      os.setPriority(pid, BROWSER_NICENESS);
    } catch {
      // Not allowed or gone: it prints at normal priority.
    }
  }
}

class NoBrowser extends Error {}

/**
 * One browser per server process, started at the first PDF and kept while PDFs keep coming: starting Chromium costs
 * more than printing a report. Every PDF gets a browser context of its own (its own cookies, nothing shared).
 */
const browsers = keptResource<Browser>({
  open: async () => {
    const playwright = await loadPlaywright();
    const executablePath = playwright ? chromiumPath(playwright) : undefined;
    if (!playwright || !executablePath) throw new NoBrowser();
    const browser = await playwright.chromium.launch({ executablePath, timeout: TIMEOUT_MS });
    lowerPriority();
    return browser;
  },
  close: (browser) => browser.close(),
  alive: (browser) => browser.isConnected(),
  idleMs: BROWSER_IDLE_MS,
});

async function print(request: PdfRequest): Promise<PdfResult> {
  try {
    return await browsers.use((browser) => printWith(browser, request));
  } catch (error) {
    // The browser did not start.
    return { ok: false, reason: "unavailable", error: error instanceof NoBrowser ? undefined : error };
  }
}

async function printWith(
  browser: Browser,
  { url, cookies, expectPath, https = false }: PdfRequest,
): Promise<PdfResult> {
  // Over loopback the browser will not keep a secure cookie (`__Secure-…`, the kind a user has who came in over
  // HTTPS), so then the cookies go along as a header, with the proxy's word that the request is secure.
  const cookieHeader = cookies.map(({ name, value }) => `${name}=${value}`).join("; ");
  let context: Awaited<ReturnType<Browser["newContext"]>>;
  try {
    context = await browser.newContext({
      // The report is complete as the server renders it; without its scripts the browser prints it sooner and the
      // page cannot reach out on its own.
      javaScriptEnabled: false,
      extraHTTPHeaders: https
        ? { "x-forwarded-proto": "https", ...(cookieHeader ? { cookie: cookieHeader } : {}) }
        : {},
    });
  } catch (error) {
    return { ok: false, reason: "failed", error };
  }
  try {
    if (!https && cookies.length) {
      await context.addCookies(
        cookies.map(({ name, value }) => ({ name, value, url: url.origin, httpOnly: true, sameSite: "Lax" as const })),
      );
    }
    // The page holds text users typed: never let it make the server's browser fetch from anywhere else.
    await context.route("**/*", (route) =>
      new URL(route.request().url()).origin === url.origin ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    const response = await page.goto(url.toString(), { waitUntil: "load" });
    if (!response?.ok() || new URL(page.url()).pathname !== expectPath) {
      return { ok: false, reason: "failed", error: new Error(`page answered ${response?.status()} at ${page.url()}`) };
    }
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const pdf = await page.pdf({ format: "A4", printBackground: true, tagged: true, outline: true });
    return { ok: true, pdf };
  } catch (error) {
    return { ok: false, reason: "failed", error };
  } finally {
    await context.close().catch(() => undefined);
  }
}
