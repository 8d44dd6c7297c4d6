import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, trustedHops, UNKNOWN_CLIENT } from "./client-address";

describe("the client address of a request", () => {
  it("without TRUST_PROXY takes the last entry: the one Next's server fills in from the connection", () => {
    expect(clientAddress("203.0.113.9", undefined)).toBe("203.0.113.9");
    expect(clientAddress("10.1.1.1, 203.0.113.9", undefined)).toBe("203.0.113.9");
  });

  it("behind n trusted proxies takes the n-th entry from the right, whatever the client wrote before it", () => {
    expect(clientAddress("1.2.3.4, 203.0.113.9", "1")).toBe("203.0.113.9");
    expect(clientAddress("1.2.3.4, 203.0.113.9, 10.0.0.2", "2")).toBe("203.0.113.9");
    // A request that skipped a proxy: the leftmost entry is all there is.
    expect(clientAddress("203.0.113.9", "2")).toBe("203.0.113.9");
  });

  it("reads TRUST_PROXY as a small whole number, anything else as no proxy", () => {
    expect(trustedHops("2")).toBe(2);
    expect(trustedHops(undefined)).toBe(0);
    expect(trustedHops("ja")).toBe(0);
    expect(trustedHops("-1")).toBe(0);
  });

  it("gives one key per client: mapped IPv4 as IPv4, ports dropped, IPv6 by its /64", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("203.0.113.9:51234")).toBe("203.0.113.9");
    expect(normaliseAddress("[2001:db8::1]:443")).toBe("2001:db8:0:0::/64");
    expect(normaliseAddress("2001:0db8:0000:0000:aaaa::1")).toBe(normaliseAddress("2001:db8::ffff:1"));
    expect(normaliseAddress("::1")).toBe("0:0:0:0::/64");
  });

  it("puts every request whose address cannot be read under one key", () => {
    expect(clientAddress(null, undefined)).toBe(UNKNOWN_CLIENT);
    expect(clientAddress("", "1")).toBe(UNKNOWN_CLIENT);
    expect(clientAddress("geen-adres", undefined)).toBe(UNKNOWN_CLIENT);
    expect(clientAddress(`1.2.3.4, ${"x".repeat(5000)}`, undefined)).toBe(UNKNOWN_CLIENT);
  });
});
