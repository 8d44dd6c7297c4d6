// Printing a page of the app to PDF with a headless Chromium on the server, as the signed-in user sees it.
import "server-only";
import fs from "node:fs";
import { getDb } from "@/db/index";
import { BUSY } from "./domain/limiter";
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

async function print({ url, cookies, expectPath, https = false }: PdfRequest): Promise<PdfResult> {
  const playwright = await loadPlaywright();
  const executablePath = playwright ? chromiumPath(playwright) : undefined;
  if (!playwright || !executablePath) return { ok: false, reason: "unavailable" };

  let browser: Awaited<ReturnType<Playwright["chromium"]["launch"]>>;
  try {
    browser = await playwright.chromium.launch({ executablePath, timeout: TIMEOUT_MS });
  } catch (error) {
    return { ok: false, reason: "unavailable", error };
  }
  try {
    // Over loopback the browser will not keep a secure cookie (`__Secure-…`, the kind a user has who came in over
    // HTTPS), so then the cookies go along as a header, with the proxy's word that the request is secure.
    const cookieHeader = cookies.map(({ name, value }) => `${name}=${value}`).join("; ");
    const context = await browser.newContext({
      javaScriptEnabled: true,
      extraHTTPHeaders: https
        ? { "x-forwarded-proto": "https", ...(cookieHeader ? { cookie: cookieHeader } : {}) }
        : {},
    });
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
    await browser.close().catch(() => undefined);
  }
}
