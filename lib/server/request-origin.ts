// What the server may believe about where a request came from. Behind a reverse proxy that the installation trusts
// (TRUST_PROXY) the proxy's X-Forwarded-Proto and X-Forwarded-Host say what the user reached; without one, those
// headers are the client's own words and count for nothing. APP_URL, when set, is the address users open.
// Pure, for the proxy, the route handlers and the server actions alike.

type Env = Record<string, string | undefined>;
export type HeaderReader = { get(name: string): string | null };

const first = (value: string | null) => value?.split(",")[0]?.trim() || undefined;

/** TRUST_PROXY=true (or 1, yes): a reverse proxy in front sets the X-Forwarded-* headers itself. */
export function trustsProxy(env: Env = process.env): boolean {
  return /^(1|true|yes|ja)$/i.test(env.TRUST_PROXY?.trim() ?? "");
}

/** The origin of APP_URL ("https://impactkoers.zuidstad.nl"), or undefined when it is unset or not a web address. */
export function configuredOrigin(env: Env = process.env): string | undefined {
  const value = env.APP_URL?.trim();
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the user reached Impactkoers over HTTPS: APP_URL is an https address, or the trusted proxy says so.
 * `next start` itself only speaks HTTP, so HTTPS always ends at a proxy in front of it.
 */
export function servedOverHttps(headers: HeaderReader, env: Env = process.env): boolean {
  if (configuredOrigin(env)?.startsWith("https:")) return true;
  return trustsProxy(env) && first(headers.get("x-forwarded-proto"))?.toLowerCase() === "https";
}

const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

function port(env: Env): string {
  const value = Number(env.PORT);
  return Number.isInteger(value) && value > 0 && value < 65536 ? String(value) : "3000";
}

/**
 * The address users reach Impactkoers at, for links the server writes out in full (the read API's next page):
 * APP_URL; else the host the trusted proxy names; else the Host the client itself asked for, over HTTP.
 * A client-sent X-Forwarded-Host never counts without TRUST_PROXY.
 */
export function publicOrigin(headers: HeaderReader, env: Env = process.env): string {
  const configured = configuredOrigin(env);
  if (configured) return configured;
  const forwarded = trustsProxy(env) ? first(headers.get("x-forwarded-host")) : undefined;
  const host = [forwarded, first(headers.get("host"))].find((candidate) => candidate && HOST.test(candidate));
  if (!host) return `http://localhost:${port(env)}`;
  return `${servedOverHttps(headers, env) ? "https" : "http"}://${host.toLowerCase()}`;
}
