// A partner reports on a period of a programme of the test's own and the gemeente reviews it: a value saved as a
// concept and found again, a narrative and a finding on an assumption, handed in; sent back with a comment beside the
// value, corrected and handed in again; approved, after which the value counts as a measurement (indicator page,
// programme report, dashboard) and the finding stands in the assumption's evidence trail with its source. Also: the
// data layer's plausibility messages beside the fields, a save from an older version showing both versions, the
// documents, and the page at 360 pixels.
import { dashboardRow, OCTOBER, ReportPage, OCTOBER_TITLE as TITLE } from "./pages/report-page";
import { expectAccessible } from "./support/axe";
import { expect, test, uniqueName } from "./support/fixtures";

const BROUGHT_IN = "ingebracht door Stichting Buurtkracht";

test.describe("a partner's report of one period", () => {
  test("is written, sent back with a comment beside the value, corrected, approved, and then counts everywhere", async ({
    asPartner: partner,
    asManager: manager,
    freshProgramme,
  }) => {
    test.setTimeout(150_000);
    const statement = uniqueName("Bewoners komen als de ochtend in hun eigen buurt is");
    const assumption = freshProgramme.addAssumption(statement);
    const period = freshProgramme.addReportingPeriod(OCTOBER);
    const finding = uniqueName("Buren nemen elkaar mee");
    const [writing, review] = [new ReportPage(partner), new ReportPage(manager)];
    const name = freshProgramme.indicator.name;

    // The partner opens the period, saves a value as a concept and finds it again after a reload.
    await partner.goto(period.path);
    await expect(partner.getByRole("heading", { level: 2, name: TITLE })).toBeVisible();
    await expect(partner.getByText("Nog niet begonnen", { exact: true })).toBeVisible();
    await expect(partner.getByText("15 november 2026", { exact: true })).toBeVisible();
    await expect(partner.getByRole("link", { name: "Terug naar de rapportages van dit programma" })).toHaveAttribute(
      "href",
      `${freshProgramme.path}/reporting`,
    );
    const part = writing.indicator(name);
    await expect(part).toContainText("Nulmeting: 20 deelnemers op 1 januari 2026.");
    await expect(part).toContainText("Streefwaarde: 60 deelnemers op 31 december 2026.");
    await expectAccessible(partner);
    await writing.saveValue(part, "2026-10-31", "85");
    await expect(part.getByText("De waarde is opgeslagen als concept.")).toBeVisible();
    await partner.reload();
    await expect(partner.getByText("Concept", { exact: true })).toBeVisible();
    await expect(part.getByLabel("Peildatum")).toHaveValue("2026-10-31");
    await expect(part.getByLabel(/^Waarde \(deelnemers\)/)).toHaveValue("85");

    // A narrative and a finding on the assumption, then the whole report handed in.
    const narrative = partner.getByRole("region", { name: "Toelichting" });
    await narrative.getByLabel(/^Wat ging goed\?/).fill("Meer buren dan ooit kwamen naar de ochtend.");
    await narrative.getByRole("button", { name: "Concept opslaan" }).click();
    await expect(narrative.getByText("De toelichting is opgeslagen als concept.")).toBeVisible();
    const insights = partner.getByRole("region", { name: "Bevindingen en lessen" });
    const addFinding = insights.getByRole("group").filter({ hasText: "Bevinding over een aanname toevoegen" });
    await addFinding.getByText("Bevinding over een aanname toevoegen").click();
    await addFinding.getByLabel("Titel").fill(finding);
    await addFinding.getByLabel("Wat zag u?").fill("Wie al komt, neemt een buurvrouw mee.");
    await addFinding.getByLabel("Over welke aanname gaat het?").selectOption({ label: statement });
    await addFinding.getByLabel("Wat zegt dit over de aanname?").selectOption({ label: "Ondersteunt" });
    await addFinding.getByLabel(/^Onderbouwing/).fill("Presentielijsten van oktober.");
    await addFinding.getByRole("button", { name: "Bevinding opslaan als concept" }).click();
    await expect(insights.getByRole("article", { name: finding })).toContainText(statement);
    await writing.handIn();
    await expect(
      partner.getByText(/^U heeft deze rapportage ingediend op .+ Daarom kunt u niets meer wijzigen/),
    ).toBeVisible();
    await expect(partner.getByRole("button", { name: "Concept opslaan" })).toHaveCount(0);
    await expectAccessible(partner);

    // The manager sends the value back with a comment on it.
    const comment = "Klopt 85? Op de presentielijst staan er 58.";
    await manager.goto(period.path);
    const reviewed = review.indicator(name);
    await expect(reviewed).toContainText("85 deelnemers");
    await expect(reviewed).toContainText(
      "+70 (+467%) ten opzichte van de vorige meting: 15 deelnemers op 15 maart 2026.",
    );
    await expect(reviewed).toContainText("Dit is een grote verandering. Kijk of de waarde klopt.");
    await expect(manager.getByRole("article", { name: finding })).toContainText("Ondersteunt");
    await expectAccessible(manager);
    await reviewed.getByLabel(`Opmerking bij de waarde van ${freshProgramme.indicator.name}`).fill(comment);
    await manager.getByRole("button", { name: "Terugsturen naar de partner" }).click();
    await expect(manager).toHaveURL(/stap=teruggestuurd/);
    await expect(manager.getByText("Teruggestuurd", { exact: true })).toBeVisible();

    // The partner reads the comment beside the value, corrects it and hands the report in again.
    await partner.goto(period.path);
    await expect(part.getByText("Opmerking van de gemeente", { exact: true })).toBeVisible();
    await expect(part).toContainText(comment);
    await expect(partner.getByText(/^De gemeente heeft deze rapportage teruggestuurd/)).toBeVisible();
    await expectAccessible(partner);
    await writing.saveValue(part, "2026-10-31", "58");
    await expect(part.getByText("De waarde is opgeslagen als concept.")).toBeVisible();
    await writing.handIn();

    // The manager approves: the value is a measurement now, the finding in the evidence trail.
    await manager.goto(period.path);
    await expect(review.indicator(name)).toContainText("58 deelnemers");
    await manager.getByRole("button", { name: "Goedkeuren", exact: true }).click();
    await expect(manager).toHaveURL(/stap=goedgekeurd/);
    await expect(manager.getByText("Goedgekeurd", { exact: true })).toBeVisible();
    await expect(review.indicator(name)).toContainText("Deze waarde is nu een meting van het programma en telt mee.");
    await expect(manager.getByRole("article", { name: finding })).toContainText(
      "Deze bevinding staat nu in het bewijs bij de aanname.",
    );
    const history = manager.getByRole("table", { name: "Geschiedenis van deze rapportage" });
    await expect(history.getByRole("row")).toHaveCount(5);
    await expect(history.getByRole("row").filter({ hasText: "Van Ingediend naar Teruggestuurd" })).toContainText(
      "Joost van Dijk",
    );
    await expect(history.getByRole("row").filter({ hasText: "Van Concept naar Ingediend" })).toContainText(
      "Ahmed Yilmaz",
    );
    await expect(manager.getByRole("button", { name: "Heropenen" })).toBeVisible();
    await expectAccessible(manager);

    await manager.goto(freshProgramme.indicator.path);
    const measured = manager
      .getByRole("region", { name: `Metingen van ${freshProgramme.indicator.name}`, exact: true })
      .locator("tbody tr");
    await expect(measured).toHaveCount(freshProgramme.indicator.measurements + 1);
    await expect(measured.filter({ hasText: BROUGHT_IN })).toContainText("58");

    await manager.goto(`${freshProgramme.path}/report`);
    await expect(
      manager
        .getByRole("table", { name: "Indicatoren met de laatste meting, de streefwaarde en de status" })
        .getByRole("row")
        .filter({ hasText: freshProgramme.indicator.name }),
    ).toContainText("58 deelnemers op 31 oktober 2026");

    const row = await dashboardRow(manager, freshProgramme.name);
    await expect(row.getByRole("link", { name: "1 op koers", exact: true })).toBeVisible();
    await expect(row.getByText("0 uit koers", { exact: true })).toBeVisible();

    await manager.goto(assumption.path);
    const trail = manager.getByRole("listitem").filter({ has: manager.getByRole("link", { name: finding }) });
    await expect(trail.getByRole("term").filter({ hasText: "Ingebracht door" })).toBeVisible();
    await expect(trail.getByRole("definition").filter({ hasText: /^Stichting Buurtkracht$/ })).toBeVisible();
  });

  test("keeps an implausible value with the data layer's messages beside its fields", async ({
    asPartner: partner,
    freshProgramme,
  }) => {
    const period = freshProgramme.addReportingPeriod(OCTOBER);
    const writing = new ReportPage(partner);
    await partner.goto(period.path);
    const part = writing.indicator(freshProgramme.indicator.name);
    await writing.saveValue(part, "2026-11-05", "-3");
    const day = part.getByLabel("Peildatum");
    const value = part.getByLabel(/^Waarde \(deelnemers\)/);
    await expect(day).toHaveValue("2026-11-05");
    await expect(value).toHaveValue("-3");
    await expect(day).toHaveAttribute("aria-invalid", "true");
    await expect(value).toHaveAttribute("aria-invalid", "true");
    // The messages are the fields' own descriptions, next to them.
    await expect(day).toHaveAccessibleDescription(
      /De peildatum ligt buiten de periode van deze rapportage: van 1 oktober 2026 tot en met 31 oktober 2026\./,
    );
    await expect(value).toHaveAccessibleDescription(/Bij deze indicator is de laagste waarde 0\./);
    await expect(part.getByRole("region", { name: "Er is iets niet goed ingevuld" })).toBeFocused();
    await expectAccessible(partner);

    // Nothing was saved: the period still has no report.
    await partner.reload();
    await expect(partner.getByText("Nog niet begonnen", { exact: true })).toBeVisible();
    await expect(part.getByLabel("Peildatum")).toHaveValue("");
  });

  test("shows both versions when a value is saved from an older page, and saves it deliberately", async ({
    signedIn,
    freshProgramme,
  }) => {
    const period = freshProgramme.addReportingPeriod(OCTOBER);
    const [first, second] = [await signedIn("partner"), await signedIn("partner")];
    const [earlier, later] = [new ReportPage(first), new ReportPage(second)];
    const name = freshProgramme.indicator.name;
    await Promise.all([first.goto(period.path), second.goto(period.path)]);
    await earlier.saveValue(earlier.indicator(name), "2026-10-30", "40");
    await expect(earlier.indicator(name).getByText("De waarde is opgeslagen als concept.")).toBeVisible();

    const stale = later.indicator(name);
    await later.saveValue(stale, "2026-10-30", "45");
    const summary = stale.getByRole("region", { name: "Niet opgeslagen: iemand anders was u voor" });
    await expect(summary).toBeFocused();
    const table = stale.getByRole("table", { name: "Uw versie naast de opgeslagen versie" });
    const valueRow = table.getByRole("row").filter({ has: second.getByRole("rowheader", { name: /^Waarde/ }) });
    await expect(valueRow.getByRole("cell").nth(0)).toHaveText("45");
    await expect(valueRow.getByRole("cell").nth(1)).toHaveText("40");
    await expect(table.getByRole("columnheader", { name: /^Opgeslagen door Ahmed Yilmaz op / })).toBeVisible();
    await expect(stale.getByLabel(/^Waarde \(deelnemers\)/)).toHaveValue("45");
    await expectAccessible(second);

    await stale.getByRole("button", { name: "Concept opslaan" }).click();
    await expect(stale.getByText("De waarde is opgeslagen als concept.")).toBeVisible();
    await first.reload();
    await expect(earlier.indicator(name).getByLabel(/^Waarde \(deelnemers\)/)).toHaveValue("45");
  });
});
