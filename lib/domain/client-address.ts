// The address a request came from, for the per-client sign-in throttle. Next's server fills in X-Forwarded-For from
// the connection only when the request has none, so a client that talks to Next directly can write the header itself.
// Behind a reverse proxy that appends (or sets) the header, the proxy's entries are the ones to believe: with
// TRUST_PROXY=n the address is the n-th entry from the right. Without TRUST_PROXY the last entry is taken, which is the
// connection's address when the client sent no header, and whatever it wrote when it did (see README, "A real
// installation").
import { isIPv4, isIPv6 } from "node:net";

/** Stands for every request whose address cannot be read: they share one key, so garbage buys no fresh limit. */
export const UNKNOWN_CLIENT = "onbekend";

/** How many proxies in front of the server to believe; 0 when TRUST_PROXY is unset or not a whole number. */
export function trustedHops(value: string | undefined): number {
  const hops = Number(value?.trim());
  return value && Number.isSafeInteger(hops) && hops >= 1 && hops <= 10 ? hops : 0;
}

/**
 * One key per client: IPv4 as it is, IPv4 written as IPv6 (::ffff:1.2.3.4) as IPv4, and IPv6 by its /64 network,
 * since one connection line usually gets a whole /64 and could otherwise take a fresh address for every attempt.
 */
export function normaliseAddress(raw: string): string {
  let address = raw.trim();
  if (address.startsWith("[") && address.includes("]")) address = address.slice(1, address.indexOf("]"));
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) address = mapped[1];
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return UNKNOWN_CLIENT;
  return `${expandIPv6(address.split("%")[0] ?? address)
    .slice(0, 4)
    .join(":")}::/64`;
}

/** The eight groups of an IPv6 address, without leading zeros. */
function expandIPv6(address: string): string[] {
  const [head = "", tail] = address.toLowerCase().split("::");
  const part = (text: string) => (text ? text.split(":") : []);
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return groups.map((group) => (/^[0-9a-f]{1,4}$/.test(group) ? group.replace(/^0+(?=.)/, "") : "0"));
}

/** The client address of a request, from its X-Forwarded-For header and the TRUST_PROXY setting. */
export function clientAddress(forwardedFor: string | null | undefined, trustProxy: string | undefined): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return UNKNOWN_CLIENT;
  const hops = Math.max(1, trustedHops(trustProxy));
  // Fewer entries than proxies: the request skipped a proxy, and the leftmost entry is all there is.
  const entry = entries[Math.max(0, entries.length - hops)] ?? "";
  return normaliseAddress(entry);
}
