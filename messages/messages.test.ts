import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "./en.json";
import nl from "./nl.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

/** The arguments a message uses, read with the ICU parser next-intl itself uses (plural branches included). */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ("value" in element && element.type !== TYPE.literal && typeof element.value === "string") {
        names.add(element.value);
      }
      if ("options" in element) for (const option of Object.values(element.options)) walk(option.value);
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(text, { ignoreTag: false }));
  return [...names].sort();
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
