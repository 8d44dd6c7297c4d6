import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe on the page as it is now and fails with a readable list of what it found. */
export async function expectAccessible(page: Page) {
  // Next streams the metadata after the content: check the page once its title has arrived.
  await expect(page).toHaveTitle(/\S/);
  // The app has no frames from other origins, so axe runs in the page itself (legacy mode) instead of finishing each
  // scan in a blank page of its own: the same rules, in about two thirds of the time. Only the violations are collected
  // with their nodes (not every element that passed), which is all the test reads.
  const results = await new AxeBuilder({ page })
    .withTags(TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ["violations"] })
    .analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  expect(found, `axe on ${page.url()}`).toEqual([]);
}
