import { describe, expect, it } from "vitest";
import nl from "../../messages/nl.json";
import { pickMessages } from "./client-messages";
import { CLIENT_NAMESPACES } from "./client-namespaces";

describe("client messages", () => {
  it("keeps only the asked paths, with their parents", () => {
    const all = { a: { b: { c: "1", d: "2" }, e: "3" }, f: "4" };
    expect(pickMessages(all, ["a.b.c", "f"])).toEqual({ a: { b: { c: "1" } }, f: "4" });
    expect(pickMessages(all, ["a.b", "a.e"])).toEqual({ a: { b: { c: "1", d: "2" }, e: "3" } });
    expect(pickMessages(all, ["x.y"])).toEqual({});
  });

  it("names only namespaces that exist", () => {
    for (const [part, paths] of Object.entries(CLIENT_NAMESPACES)) {
      for (const path of paths) {
        const found = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], nl);
        expect(found, `${part}: ${path}`).toBeDefined();
      }
    }
  });

  it("sends far less than all messages with a page", () => {
    const size = (value: unknown) => JSON.stringify(value).length;
    for (const paths of Object.values(CLIENT_NAMESPACES)) {
      expect(size(pickMessages(nl, paths))).toBeLessThan(size(nl) / 3);
    }
  });
});
