import { expectAccessible } from "./support/axe";
import { expect, test, uniqueName } from "./support/fixtures";

// Nothing typed is lost: forms on one page do not reset each other, and long forms keep a draft in the browser.

test("text typed in the Terugblik stays when an action point is added below it", async ({
  asManager: page,
  freshProgramme,
}) => {
  const { path } = freshProgramme.addActionItem(uniqueName("Eerste actiepunt"));
  await page.goto(path);
  const review = page.getByRole("region", { name: "Terugblik" });
  const learned = review.getByLabel(/^Wat hebben we geleerd/);
  await learned.fill("Bellen werkt beter dan een brief.");

  const actions = page.getByRole("region", { name: "Actiepunten uit deze sessie" });
  const description = uniqueName("Buurtcoach belt de nieuwe aanmelders");
  await actions.getByLabel("Wat gaan we doen?").fill(description);
  await actions.getByLabel("Wie pakt het op?").selectOption({ label: "Sanne de Vries" });
  await actions.getByRole("button", { name: "Actiepunt toevoegen" }).click();
  await expect(page.getByText("Het actiepunt is toegevoegd.")).toBeVisible();
  await expect(actions.getByRole("listitem").filter({ hasText: description })).toBeVisible();

  await expect(learned).toHaveValue("Bellen werkt beter dan een brief.");
  // The action point form itself starts empty again for the next one.
  await expect(actions.getByLabel("Wat gaan we doen?")).toHaveValue("");
});
