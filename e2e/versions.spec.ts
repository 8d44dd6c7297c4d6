// Two people changing the same record in two browsers: the one who saves second is not allowed to overwrite the
// other unseen. They see their own values beside the saved ones, with who saved them and when, keep what they
// typed, and save again deliberately.
import type { Locator, Page } from "@playwright/test";
import { ACCOUNTS } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expect, test, uniqueName } from "./support/fixtures";

const REFUSED = "Niet opgeslagen: iemand anders was u voor";
const COMPARISON = "Uw versie naast de opgeslagen versie";

/** The comparison a refused save shows: one row per field, the user's version and the saved one. */
function comparison(page: Page | Locator) {
  return page.getByRole("table", { name: COMPARISON });
}

async function expectRow(table: Locator, field: string, mine: string | RegExp, saved: string | RegExp) {
  const row = table.getByRole("row").filter({ has: table.page().getByRole("rowheader", { name: field }) });
  await expect(row.getByRole("cell").nth(0)).toHaveText(mine);
  await expect(row.getByRole("cell").nth(1)).toHaveText(saved);
}

/** The refusal is announced: the summary takes the focus and says that nothing was saved. */
async function expectRefused(page: Page) {
  const summary = page.getByRole("region", { name: REFUSED });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Iemand anders heeft dit intussen gewijzigd. Er is niets opgeslagen.");
}

test.describe("two people changing the same record", () => {
  test("a programme: the second sees both versions and saves deliberately", async ({
    asManager: manager,
    asBeheerder: beheerder,
    freshProgramme,
  }) => {
    const edit = `${freshProgramme.path}/edit`;
    await Promise.all([manager.goto(edit), beheerder.goto(edit)]);
    await expect(manager.getByLabel("Naam", { exact: true })).toHaveValue(freshProgramme.name);
    await expect(beheerder.getByLabel("Naam", { exact: true })).toHaveValue(freshProgramme.name);

    const described = "Met de bibliotheek als vaste plek voor de ontmoetingen.";
    await beheerder.getByLabel(/^Omschrijving/).fill(described);
    await beheerder.getByRole("button", { name: "Opslaan" }).click();
    await expect(beheerder).toHaveURL(/opgeslagen=1/);

    const renamed = uniqueName("Hernoemd programma");
    await manager.getByLabel("Naam", { exact: true }).fill(renamed);
    await manager.getByRole("button", { name: "Opslaan" }).click();
    await expectRefused(manager);
    const table = comparison(manager);
    await expect(
      table.getByRole("columnheader", { name: /^Opgeslagen door Fatima el Amrani op .+ om \d\d:\d\d$/ }),
    ).toBeVisible();
    await expectRow(table, "Naam", renamed, freshProgramme.name);
    await expectRow(table, "Omschrijving", "Een programma van één end-to-end-test.", described);
    await expect(table.getByRole("row")).toHaveCount(3);
    // Nothing typed is lost, and nothing was saved.
    await expect(manager.getByLabel("Naam", { exact: true })).toHaveValue(renamed);
    await expectAccessible(manager);

    // Taking over the colleague's description and saving again keeps both changes.
    await manager.getByLabel(/^Omschrijving/).fill(described);
    await manager.getByRole("button", { name: "Opslaan" }).click();
    await expect(manager).toHaveURL(/opgeslagen=1/);
    await expect(manager.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
    await manager.goto(edit);
    await expect(manager.getByLabel(/^Omschrijving/)).toHaveValue(described);
  });

  test("a reflection session's details: title, date, participants and guests", async ({
    asManager: manager,
    asTeamlid: teamlid,
    freshProgramme,
  }) => {
    const title = uniqueName("Reflectie");
    await manager.goto(`${freshProgramme.path}/reflections/new`);
    await manager.getByLabel("Titel", { exact: true }).fill(title);
    await manager.getByLabel("Datum").fill("2026-11-12");
    await manager.getByRole("button", { name: "Sessie opslaan en agenda klaarzetten" }).click();
    await expect(manager).toHaveURL(/nieuw=1/);
    const edit = `${new URL(manager.url()).pathname}/edit`;
    await Promise.all([manager.goto(edit), teamlid.goto(edit)]);

    const moved = `${title} (verplaatst)`;
    await teamlid.getByLabel("Titel", { exact: true }).fill(moved);
    await teamlid.getByLabel("Datum").fill("2026-11-19");
    await teamlid.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(teamlid).toHaveURL(/gewijzigd=1/);

    await manager.getByLabel(/^Gasten/).fill("Wijkagent Bram");
    await manager.getByRole("checkbox", { name: /Sanne de Vries/ }).uncheck();
    await manager.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expectRefused(manager);
    const table = comparison(manager);
    await expect(
      table.getByRole("columnheader", { name: new RegExp(`^Opgeslagen door ${ACCOUNTS.teamlid.name} op `) }),
    ).toBeVisible();
    await expectRow(table, "Titel", title, moved);
    await expectRow(table, "Datum", "12 november 2026", "19 november 2026");
    await expectRow(table, "Deelnemers", /Joost van Dijk/, /Joost van Dijk.*Sanne de Vries/);
    await expectRow(table, "Gasten", "Wijkagent Bram", "(leeg)");
    await expect(manager.getByLabel(/^Gasten/)).toHaveValue("Wijkagent Bram");
    await expect(manager.getByRole("checkbox", { name: /Sanne de Vries/ })).not.toBeChecked();
    await expectAccessible(manager);

    // The manager keeps the new title and date and saves the rest of their own version deliberately.
    await manager.getByLabel("Titel", { exact: true }).fill(moved);
    await manager.getByLabel("Datum").fill("2026-11-19");
    await manager.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(manager).toHaveURL(/gewijzigd=1/);
    await expect(manager.getByRole("heading", { level: 2, name: moved })).toBeVisible();
    await expect(manager.getByText("Wijkagent Bram")).toBeVisible();
  });

  test("a roadmap step: its quick 'klaar' and its form show the refusal", async ({
    asManager: manager,
    asManagement: management,
  }) => {
    // The fourth step of Gemeente Voorbeeld's roadmap, still to do; the other tests leave it alone.
    await manager.goto("/routes");
    const step = manager.locator("[id^='stap-']").nth(3);
    await expect(step).toContainText("Te doen");
    const stepId = ((await step.getAttribute("id")) ?? "").replace("stap-", "");
    const form = `/routes/roadmap/${stepId}`;
    await management.goto(form);

    const notes = `Eerst de wethouder spreken (${uniqueName("notitie")}).`;
    await management.getByLabel(/^Notities/).fill(notes);
    await management.getByRole("button", { name: "Stap opslaan" }).click();
    await expect(management).toHaveURL(/opgeslagen=/);

    // The roadmap the manager still has open is older: "klaar" is refused and says what is saved now.
    await step.getByRole("button", { name: /Markeer als klaar/ }).click();
    await expectRefused(manager);
    const table = comparison(step);
    await expect(
      table.getByRole("columnheader", { name: new RegExp(`^Opgeslagen door ${ACCOUNTS.management.name} op `) }),
    ).toBeVisible();
    await expectRow(table, "Status", "Klaar", "Te doen");
    await expectAccessible(manager);

    // Pressing again, having seen it, marks the step done; the roadmap now shows the colleague's notes too.
    await step.getByRole("button", { name: /Markeer als klaar/ }).click();
    await expect(step.getByRole("button", { name: /Zet terug op te doen/ })).toBeVisible();
    await expect(comparison(step)).toHaveCount(0);
    await expect(step.getByText(notes)).toBeVisible();

    // The step's form, opened before that, refuses in the same way and keeps the notes typed.
    await management.goto(form);
    await manager.goto(form);
    await manager.getByLabel(/^Notities/).fill("Wethouder gesproken op 3 maart.");
    await manager.getByRole("button", { name: "Stap opslaan" }).click();
    await expect(manager).toHaveURL(/opgeslagen=/);
    await management.getByLabel(/^Notities/).fill(`${notes} Daarna de raad.`);
    await management.getByRole("button", { name: "Stap opslaan" }).click();
    await expectRefused(management);
    const stepTable = comparison(management);
    await expectRow(stepTable, "Notities", `${notes} Daarna de raad.`, "Wethouder gesproken op 3 maart.");
    await expect(stepTable.getByRole("row")).toHaveCount(2);
    await expect(management.getByLabel(/^Notities/)).toHaveValue(`${notes} Daarna de raad.`);
    await expectAccessible(management);
  });
});
