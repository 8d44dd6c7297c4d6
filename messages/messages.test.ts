import { describe, expect, it } from "vitest";
import en from "./en.json";
import nl from "./nl.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1] ?? ""))].sort();
}

describe("messages", () => {
  it("has every Dutch text in English and nothing extra", () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it("uses the same placeholders in both languages", () => {
    const lookup = (tree: unknown, path: string) =>
      path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree) as string;
    for (const key of keys(nl)) {
      expect(placeholders(lookup(en, key)), key).toEqual(placeholders(lookup(nl, key)));
    }
  });
});
