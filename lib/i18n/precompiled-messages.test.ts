// The messages are compiled when the app is built (next.config.mjs: next-intl's `precompile`), and formatted by a
// small runtime instead of the ICU parser. Every message, in both languages, must read exactly as the parser would
// have it: with each kind of value it takes (numbers for plurals, dates, words for a choice, functions for tags).
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import compile from "icu-minify/compile";
import type { NextConfig } from "next";
import { isValidElement } from "react";
import { _createCache, _createIntlFormatters } from "use-intl/core";
import formatParsed from "use-intl/format-message";
import formatCompiled from "use-intl/format-message/format-only";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import nl from "../../messages/nl.json";
import { formats, INTL_LOCALE, TIME_ZONE } from "./settings";

const configFile = new URL("../../next.config.mjs", import.meta.url).href;
const nextConfig = ((await import(configFile)) as { default: NextConfig }).default;

type Kind = "text" | "number" | "date" | "tag" | { choice: string };

function leaves(tree: unknown, prefix = ""): [string, string][] {
  if (typeof tree === "string") return [[prefix, tree]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, child]) =>
    leaves(child, prefix ? `${prefix}.${key}` : key),
  );
}

/** The arguments of a message and what kind of value each takes. */
function argumentsOf(text: string): Map<string, Kind> {
  const found = new Map<string, Kind>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument && !found.has(element.value)) found.set(element.value, "text");
      if (element.type === TYPE.number || element.type === TYPE.plural) found.set(element.value, "number");
      if (element.type === TYPE.date || element.type === TYPE.time) found.set(element.value, "date");
      if (element.type === TYPE.select) {
        found.set(element.value, { choice: Object.keys(element.options).find((o) => o !== "other") ?? "other" });
      }
      if (element.type === TYPE.tag) {
        found.set(element.value, "tag");
        walk(element.children);
      }
      if ("options" in element) for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(text, { ignoreTag: false }));
  return found;
}

const asText = (result: unknown): string =>
  Array.isArray(result) ? result.map(asText).join("") : isValidElement(result) ? "<element>" : String(result);

/** Values for every argument: with 0, 1, 2 and 1234.5 as the number, and the first or no option of a choice. */
function valueSets(args: Map<string, Kind>): (Record<string, unknown> | undefined)[] {
  if (args.size === 0) return [undefined];
  return [0, 1, 2, 1234.5].map((n) => {
    const values: Record<string, unknown> = {};
    for (const [name, kind] of args) {
      if (kind === "number") values[name] = n;
      else if (kind === "date") values[name] = new Date(Date.UTC(2026, 2, 5, 14, 30));
      else if (kind === "tag") values[name] = (chunks: unknown[]) => `<${name}>${asText(chunks)}</${name}>`;
      else if (kind === "text") values[name] = `«${name}»`;
      else values[name] = n === 0 ? kind.choice : "something else";
    }
    return values;
  });
}

describe.each([
  ["nl", nl],
  ["en", en],
] as const)("the %s messages, compiled at build time", (locale, messages) => {
  const cache = _createCache();
  const options = {
    cache,
    formatters: _createIntlFormatters(cache),
    globalFormats: formats,
    locale: INTL_LOCALE[locale],
    timeZone: TIME_ZONE,
  };

  it("read exactly as when parsed at run time", () => {
    const differences: string[] = [];
    let compared = 0;
    for (const [key, text] of leaves(messages)) {
      const compiled = compile(text);
      for (const values of valueSets(argumentsOf(text))) {
        const parsed = asText(formatParsed(key, text, values as never, options as never));
        const fromCompiled = asText(formatCompiled(key, compiled as never, values as never, options as never));
        compared++;
        if (parsed !== fromCompiled) differences.push(`${key}: "${parsed}" but compiled "${fromCompiled}"`);
      }
    }
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(4000);
  });
});

describe("next.config.mjs", () => {
  it("compiles the messages and formats them without the parser, on the server and in the browser", () => {
    const alias = nextConfig.turbopack?.resolveAlias?.["use-intl/format-message"];
    expect(String(alias)).toMatch(/format-only/);
  });
});
