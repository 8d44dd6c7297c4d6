// Where the server's own browser opens a page to print it: this server itself, on the loopback interface. Never an
// address taken from the request, such as its Host header: that is the client's to choose, and following it would
// let anyone make the server fetch from an address of their choosing.

/** This server on loopback, at the port it listens on (PORT, 3000 when unset or unusable). */
export function printOrigin(env: Record<string, string | undefined> = process.env): string {
  const port = Number(env.PORT);
  return `http://127.0.0.1:${Number.isInteger(port) && port > 0 && port < 65536 ? port : 3000}`;
}
