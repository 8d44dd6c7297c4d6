// The read API for Power BI and Excel: a beheerder makes a key under Beheer → API-sleutels and sees it once; the key
// reads its own gemeente page by page and from a moment of change, never another gemeente; every read is in the
// activity log; without a key, or after revoking it, the answer is 401; /api/v1/openapi.json is served and valid.
import type { APIRequestContext, Page } from "@playwright/test";
import { Validator } from "@seriousme/openapi-schema-validator";
import { createProgramme } from "../db/fixtures";
import { expectAccessible } from "./support/axe";
import { expect, test, uniqueName } from "./support/fixtures";

type Page1 = {
  data: { id: number; modified_at: string; archived?: boolean }[];
  page: number;
  has_more: boolean;
  next: string | null;
  next_cursor: string | null;
  changed_until: string;
};

/** Makes a key in the beheer pages and reads it off the page, the one time it is shown. */
async function createKey(page: Page, name: string, options: { scan?: boolean } = {}): Promise<string> {
  await page.goto("/admin/api-keys");
  await expect(page.getByRole("heading", { level: 1, name: "API-sleutels" })).toBeVisible();
  if (options.scan) await expectAccessible(page);
  await page.getByRole("link", { name: "Nieuwe sleutel maken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe API-sleutel" })).toBeVisible();
  if (options.scan) {
    await expectAccessible(page);
    // Without a name nothing is made, and the date chosen stays.
    await page.getByLabel("Geldig tot en met").fill("2020-01-01");
    await page.getByRole("button", { name: "Sleutel maken" }).click();
    const summary = page.getByRole("region", { name: "Er is iets niet goed ingevuld" });
    await expect(summary).toBeFocused();
    await expect(page.locator("#name-error")).toHaveText(/Vul dit veld in/);
    await expect(page.locator("#expiresOn-error")).toHaveText(/Kies een datum na vandaag/);
    await expect(page.getByLabel("Geldig tot en met")).toHaveValue("2020-01-01");
    await expectAccessible(page);
    await page.getByLabel("Geldig tot en met").clear();
  }
  await page.getByLabel("Naam").fill(name);
  if (options.scan) await page.getByLabel("Geldig tot en met").fill(nextYear());
  await page.getByRole("button", { name: "Sleutel maken" }).click();
  await expect(page.getByText(`API-sleutel ‘${name}’ is gemaakt`)).toBeVisible();
  await expect(page.getByText("U ziet hem maar één keer")).toBeVisible();
  const key = await page.getByLabel("API-sleutel", { exact: true }).inputValue();
  expect(key).toMatch(/^ik_[A-Za-z0-9_-]{43}$/);
  return key;
}

function nextYear() {
  const day = new Date();
  day.setUTCFullYear(day.getUTCFullYear() + 1);
  return day.toISOString().slice(0, 10);
}

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

async function read(api: APIRequestContext, key: string, path: string): Promise<Page1> {
  const response = await api.get(path, { headers: bearer(key) });
  expect(response.status(), await response.text()).toBe(200);
  return response.json();
}

/** Every page of a collection, following `next`. */
async function readAll(api: APIRequestContext, key: string, path: string) {
  const first = await read(api, key, path);
  const pages = [first];
  while (pages.at(-1)?.next) pages.push(await read(api, key, pages.at(-1)?.next ?? ""));
  return { pages, records: pages.flatMap((page) => page.data), until: first.changed_until };
}

test.describe("the read API", () => {
  test("a beheerder makes a key that reads the gemeente's data, in pages and from a moment on, until it is revoked", async ({
    asBeheerder: page,
    requestAs,
    makeProgramme,
  }) => {
    const name = uniqueName("Power BI");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const key = await createKey(page, name, { scan: true });
    await expectAccessible(page);
    await page.getByRole("button", { name: "Kopieer de sleutel" }).click();
    await expect(page.getByText("De sleutel is gekopieerd.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

    const api = await requestAs();
    // Paging: three pages of one, each with the next one's address (the demo gemeente has two programmes).
    makeProgramme();
    const first = await read(api, key, "/api/v1/programmes?page_size=1");
    expect(first).toMatchObject({ page: 1, has_more: true });
    const second = await read(api, key, first.next ?? "");
    const third = await read(api, key, `/api/v1/programmes?cursor=${second.next_cursor}`);
    expect([second.page, third.page]).toEqual([2, 3]);
    const seen = [first, second, third].flatMap((p) => p.data.map((record) => record.id));
    expect(new Set(seen).size).toBe(3);

    // From a moment on: a programme made after the last refresh, and nothing older.
    const { records, until } = await readAll(api, key, "/api/v1/programmes?page_size=500");
    const made = makeProgramme();
    expect(records.map((record) => record.id)).not.toContain(made.id);
    const changed = await readAll(api, key, `/api/v1/programmes?changed_since=${encodeURIComponent(until)}`);
    expect(changed.records.map((record) => record.id)).toContain(made.id);
    for (const record of changed.records) expect(record.modified_at >= until).toBe(true);
    const measurements = await readAll(api, key, `/api/v1/measurements?changed_since=${encodeURIComponent(until)}`);
    expect(
      measurements.records.filter((m) => (m as { indicator_id?: number }).indicator_id === made.indicator.id),
    ).toHaveLength(made.indicator.measurements);

    // Every read is in the activity log, by the key's name.
    await page.goto("/admin/activity?action=api.read");
    await expect(
      page
        .getByRole("table")
        .getByRole("row")
        .filter({ hasText: `API-sleutel ‘${name}’ las programma's (pagina 3)` }),
    ).toHaveCount(1);

    // Without a key: 401 with the way to authenticate, not the sign-in page.
    const anonymous = await api.get("/api/v1/programmes", { maxRedirects: 0 });
    expect(anonymous.status()).toBe(401);
    expect(anonymous.headers()["www-authenticate"]).toBe('Bearer realm="Impactkoers"');
    expect((await anonymous.json()).error.code).toBe("missing_key");

    // Revoking asks first, then the key no longer works.
    await page.goto("/admin/api-keys");
    const row = page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
    await expect(row).toContainText("Werkt");
    await row.getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: `API-sleutel ‘${name}’` })).toBeVisible();
    await expect(page.getByText("Weet u het zeker?")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Ja, sleutel intrekken" }).click();
    await expect(page.getByText("De sleutel is ingetrokken.")).toBeVisible();
    await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) })).toContainText(
      "Ingetrokken",
    );
    await expectAccessible(page);
    const revoked = await api.get("/api/v1/programmes", { headers: bearer(key) });
    expect(revoked.status()).toBe(401);
    expect(revoked.headers()["www-authenticate"]).toContain('error="invalid_token"');
    expect((await revoked.json()).error.code).toBe("revoked_key");
  });

  test("a key of Testdorp reads Testdorp and never Voorbeeld", async ({
    asBeheerder,
    asTestdorp,
    requestAs,
    database,
  }) => {
    const testdorpProgramme = createProgramme(database, {
      gemeente: "Gemeente Testdorp",
      name: uniqueName("Testdorp programma"),
      societalChallenge: "Jongeren in Testdorp vinden geen stageplek.",
      owner: "beheerder@testdorp.example",
      team: [],
      partners: [],
    });
    const voorbeeldKey = await createKey(asBeheerder, uniqueName("Voorbeeld BI"));
    const testdorpKey = await createKey(asTestdorp, uniqueName("Testdorp BI"));
    const api = await requestAs();

    const ours = (await readAll(api, voorbeeldKey, "/api/v1/programmes?page_size=500")).records.map((r) => r.id);
    const theirs = (await readAll(api, testdorpKey, "/api/v1/programmes?page_size=500")).records.map((r) => r.id);
    expect(theirs).toContain(testdorpProgramme.id);
    expect(ours).not.toContain(testdorpProgramme.id);
    expect(ours.length).toBeGreaterThan(0);
    expect(theirs.filter((id) => ours.includes(id))).toEqual([]);

    for (const resource of ["indicators", "measurements", "assumptions", "studies", "findings", "lessons"]) {
      const own = (await readAll(api, voorbeeldKey, `/api/v1/${resource}?page_size=500`)).records.map((r) => r.id);
      const other = (await readAll(api, testdorpKey, `/api/v1/${resource}?page_size=500`)).records.map((r) => r.id);
      expect(
        other.filter((id) => own.includes(id)),
        resource,
      ).toEqual([]);
    }
  });

  test("describes itself at /api/v1/openapi.json, valid and without a key, and every path it names answers", async ({
    requestAs,
  }) => {
    const api = await requestAs();
    const response = await api.get("/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    const document = await response.json();
    const result = await new Validator().validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    for (const path of Object.keys(document.paths)) {
      const answer = await api.get(`/api/v1${path}`, { maxRedirects: 0 });
      expect(answer.status(), path).toBe(path === "/openapi.json" ? 200 : 401);
    }
  });
});
