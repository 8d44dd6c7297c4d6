// More of a partner's report: its documents (downloaded only by those who may read the report), reopening an approved
// report for a reason (the manager's, not the team member's), the page on a phone 360 pixels wide, and that another
// gemeente finds nothing.
import { OCTOBER, ReportPage, OCTOBER_TITLE as TITLE } from "./pages/report-page";
import { expectAccessible } from "./support/axe";
import { expect, test } from "./support/fixtures";

test.describe("a partner's report", () => {
  test("is reopened by the manager for a reason the partner reads; the team member cannot", async ({
    asManager: manager,
    asTeamlid: teamlid,
    asPartner: partner,
    freshProgramme,
  }) => {
    const period = freshProgramme.addReportingPeriod({ ...OCTOBER, submitted: { value: 41 } });
    await manager.goto(period.path);
    await manager.getByRole("button", { name: "Goedkeuren", exact: true }).click();
    await expect(manager).toHaveURL(/stap=goedgekeurd/);

    await teamlid.goto(period.path);
    await expect(teamlid.getByText("Goedgekeurd", { exact: true })).toBeVisible();
    await expect(teamlid.getByRole("button", { name: "Heropenen" })).toHaveCount(0);

    const reason = "De telling van 31 oktober is dubbel: die staat al bij de gemeente.";
    await manager.getByRole("button", { name: "Heropenen" }).click();
    const field = manager.getByLabel("Waarom heropent u de rapportage?");
    await expect(field).toHaveAccessibleDescription(/Schrijf waarom u de rapportage heropent\./);
    await field.fill(reason);
    await manager.getByRole("button", { name: "Heropenen" }).click();
    await expect(manager).toHaveURL(/stap=heropend/);
    await expect(manager.getByText("De rapportage is heropend. De partner kan haar weer aanpassen.")).toBeVisible();
    await expect(
      manager.getByRole("table", { name: "Geschiedenis van deze rapportage" }).getByRole("row").last(),
    ).toContainText(reason);

    // The partner reads why, and can change the report again.
    await partner.goto(period.path);
    await expect(partner.getByText("Teruggestuurd", { exact: true })).toBeVisible();
    await expect(partner.getByText(reason).first()).toBeVisible();
    const part = new ReportPage(partner).indicator(freshProgramme.indicator.name);
    await expect(part.getByLabel(/^Waarde \(deelnemers\)/)).toHaveValue("41");
    await expectAccessible(partner);
  });

  test("takes a document that only readers of the report can download", async ({
    asPartner: partner,
    requestAs,
    freshProgramme,
  }) => {
    const period = freshProgramme.addReportingPeriod(OCTOBER);
    await partner.goto(period.path);
    const documents = partner.getByRole("region", { name: "Documenten" });
    await expect(partner.getByRole("heading", { level: 2, name: TITLE })).toBeVisible();
    const pdf = Buffer.from("%PDF-1.4\n% presentielijst oktober\n%%EOF\n");
    await documents
      .getByLabel("Document")
      .setInputFiles({ name: "Presentielijst oktober.pdf", mimeType: "application/pdf", buffer: pdf });
    await documents.getByRole("button", { name: "Document toevoegen" }).click();
    await expect(documents.getByText("Het document is toegevoegd.")).toBeVisible();
    const link = documents.getByRole("link", { name: "Presentielijst oktober.pdf" });
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/api\/programmes\/\d+\/reporting\/documents\/\d+$/);

    const download = await (await requestAs("teamlid")).get(href);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect(download.headers()["content-disposition"]).toContain('attachment; filename="Presentielijst oktober.pdf"');
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
    expect((await (await requestAs("testdorp")).get(href)).status()).toBe(404);

    // A file that is not what its name says is refused, with the reason beside the field.
    await documents
      .getByLabel("Document")
      .setInputFiles({ name: "lijst.pdf", mimeType: "application/pdf", buffer: Buffer.from("geen pdf") });
    await documents.getByRole("button", { name: "Document toevoegen" }).click();
    await expect(documents.getByLabel("Document", { exact: true })).toHaveAccessibleDescription(
      /Dit soort bestand kan niet bij een rapportage\./,
    );

    await documents.getByRole("button", { name: "Document weghalen Presentielijst oktober.pdf" }).click();
    await expect(link).toHaveCount(0);
    expect((await (await requestAs("teamlid")).get(href)).status()).toBe(404);
  });

  test("fits a phone 360 pixels wide, for the partner and the reviewer", async ({ signedIn, freshProgramme }) => {
    // The partner writes September; October waits for the team's review.
    const september = { startsOn: "2026-09-01", endsOn: "2026-09-30", dueOn: "2026-10-15" };
    const writing = freshProgramme.addReportingPeriod(september);
    const handedIn = freshProgramme.addReportingPeriod({
      ...OCTOBER,
      submitted: { value: 41, wentWell: "Veel buren." },
    });
    for (const [account, period, button] of [
      ["partner", writing, "Indienen"],
      ["teamlid", handedIn, "Goedkeuren"],
    ] as const) {
      const page = await signedIn(account);
      await page.setViewportSize({ width: 360, height: 780 });
      await page.goto(period.path);
      await expect(page.getByRole("button", { name: button, exact: true })).toBeVisible();
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, account).toBeLessThanOrEqual(client);
    }
  });

  test("does not exist for another gemeente", async ({ asTestdorp: page, freshProgramme }) => {
    const period = freshProgramme.addReportingPeriod(OCTOBER);
    await page.goto(period.path);
    await expect(
      page
        .getByRole("heading", { name: "Pagina niet gevonden" })
        .or(page.getByRole("heading", { name: "Rapportage niet gevonden" })),
    ).toBeVisible();
    await expect(page.getByText(TITLE)).toHaveCount(0);
  });
});
