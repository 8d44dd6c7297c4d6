// Partner reporting in the rest of the app: a partner's home page shows the report it missed, its own action point to
// finish, its programmes and what was decided in them; a programme manager finds a report handed in under "Mijn werk".
import { decideCorrection } from "../db/fixtures";
import { ACCOUNTS } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expect, test, uniqueName } from "./support/fixtures";

test("a partner sees on its home page the report it missed, with a link to it", async ({
  asPartner: page,
  freshProgramme,
}) => {
  // Missed long ago, so it is among the first few whatever periods other tests leave open for the same partner.
  const period = freshProgramme.addReportingPeriod({
    startsOn: "2019-10-01",
    endsOn: "2019-10-31",
    dueOn: "2019-11-15",
  });
  await page.goto("/");
  const reports = page
    .getByRole("region", { name: "Mijn werk" })
    .getByRole("region", { name: /^Rapportages in te leveren/ });
  const item = reports.getByRole("listitem").filter({ hasText: freshProgramme.name });
  await expect(item).toContainText("Te laat");
  await expect(item).toContainText(`Programma: ${freshProgramme.name}`);
  await expect(item.getByRole("link", { name: "Rapportage oktober 2019" })).toHaveAttribute("href", period.path);
  // Its programmes and the decisions in them stand beside its work; a partner does not see the route.
  await expect(page.getByRole("heading", { level: 2, name: "Uw programma's" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Recente besluiten" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Onze route" })).toHaveCount(0);
  await expectAccessible(page);
});

test("a partner marks its own action point done from its home page", async ({ asPartner: page, freshProgramme }) => {
  const description = uniqueName("Presentielijst inleveren");
  // Long overdue, so it is among the first few whatever other tests assign.
  freshProgramme.addActionItem(description, "partner", "2025-01-10");
  await page.goto("/");
  const actions = page.getByRole("region", { name: "Mijn werk" }).getByRole("region", { name: /^Actiepunten/ });
  const item = actions.getByRole("listitem").filter({ hasText: description });
  await expect(item).toContainText("Te laat");
  await item.getByRole("button", { name: `Klaar: ${description}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het actiepunt staat op klaar." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Mijn werk" }).getByText(description)).toHaveCount(0);
  await expectAccessible(page);
});

test("a partner reads what was decided in its programme, and not in a programme it is not part of", async ({
  asPartner: page,
  makeProgramme,
  database,
}) => {
  const ours = makeProgramme();
  const elsewhere = makeProgramme({ partners: [] });
  const decided = uniqueName("Ook op zaterdag open");
  const hidden = uniqueName("Alleen voor de gemeente");
  for (const [programme, title] of [
    [ours, decided],
    [elsewhere, hidden],
  ] as const) {
    const { id } = programme.addCorrection(title, 3);
    decideCorrection(database, programme, { correctionId: id, decision: "besloten", by: ACCOUNTS.management.email });
  }
  await page.goto("/");
  const decisions = page.getByRole("region", { name: "Recente besluiten" });
  // The newest decisions come first: one taken just now is on the first page.
  const item = decisions.getByRole("listitem").filter({ hasText: decided });
  await expect(item).toContainText(`Programma: ${ours.name}`);
  await expect(item).toContainText(`Besloten door ${ACCOUNTS.management.name}`);
  await expect(decisions.getByText(hidden)).toHaveCount(0);
  await expectAccessible(page);
  await item.getByRole("link", { name: decided }).click();
  await expect(page.getByRole("heading", { level: 2, name: decided })).toBeVisible();
});

test("a programme manager finds a report handed in under Rapportages te beoordelen", async ({
  asManager: page,
  freshProgramme,
}) => {
  const period = freshProgramme.addReportingPeriod({
    startsOn: "2026-10-01",
    endsOn: "2026-10-31",
    dueOn: "2026-11-15",
    submitted: { value: 30 },
  });
  await page.goto("/my-work");
  const review = page.getByRole("region", { name: /^Rapportages te beoordelen/ });
  await expect(review).toBeVisible();
  await expectAccessible(page);

  // The one waiting longest comes first: a report handed in just now is on the last page of the full list.
  await page.goto("/my-work?soort=rapportages-te-beoordelen&pagina=999");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn werk: Rapportages te beoordelen" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: freshProgramme.name });
  await expect(item.getByRole("link", { name: "Stichting Buurtkracht: oktober 2026" })).toHaveAttribute(
    "href",
    period.path,
  );
  await expect(item).toContainText("Vandaag ingediend");
  await expectAccessible(page);
});
