import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, type Page } from "@playwright/test";
import type { AxeResults, RunOptions } from "axe-core";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** What comes back from the page: only the violations, with the elements they were found on. */
type Found = { id: string; impact: string | null | undefined; help: string; targets: string[] }[];

/** Runs axe on the page as it is now and fails with a readable list of what it found. */
export async function expectAccessible(page: Page) {
  // Next streams the metadata after the content: check the page once its title has arrived.
  await expect(page).toHaveTitle(/\S/);
  // axe goes into the page once per document (a page that is scanned twice without navigating keeps it): reading its
  // half a megabyte of script costs about as much as a scan. The app has no frames, so axe runs in the page itself.
  // Only the violations are collected with their elements, which is all the test reads.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const options: RunOptions = { runOnly: { type: "tag", values: TAGS }, resultTypes: ["violations"] };
  const found: Found = await page.evaluate(async (options) => {
    const axe = (window as unknown as { axe: { run: (context: Document, o: RunOptions) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document, options);
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(" ")),
    }));
  }, options);
  expect(
    found.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.join("\n    ")}`),
    `axe on ${page.url()}`,
  ).toEqual([]);
}
