// Where the server's own browser opens a page to print it: this server itself, on the loopback interface. Never an
// address taken from the request, such as its Host header: that is the client's to choose, and following it would
// let anyone make the server fetch from an address of their choosing.

/** This server on loopback, at the port it listens on (PORT, 3000 when unset or unusable). */
export function printOrigin(env: Record<string, string | undefined> = process.env): string {
  const port = Number(env.PORT);
  return `http://127.0.0.1:${Number.isInteger(port) && port > 0 && port < 65536 ? port : 3000}`;
}

/**
 * Whether the user's request reached us over HTTPS through a reverse proxy: then their session cookie is a secure one
 * (named `__Secure-…`), and the server's browser must present it as such and say the request is secure too.
 */
export function cameOverHttps(forwardedProto: string | null, protocol: string): boolean {
  const first = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  return first ? first === "https" : protocol === "https:";
}
