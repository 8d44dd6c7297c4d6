import { expect, type Locator, type Page } from "@playwright/test";

/** The October of the fresh programmes' reporting periods. */
export const OCTOBER = { startsOn: "2026-10-01", endsOn: "2026-10-31", dueOn: "2026-11-15" };
export const OCTOBER_TITLE = "Rapportage van Stichting Buurtkracht over oktober 2026";

/** One partner's report of one period, as its partner writes it and the gemeente reviews it. */
export class ReportPage {
  constructor(private readonly page: Page) {}

  /** The part of one indicator: its form on the partner's page, its value in the review. */
  indicator(name: string): Locator {
    return this.page.getByRole("article", { name, exact: true });
  }

  async saveValue(part: Locator, day: string, value: string) {
    await part.getByLabel("Peildatum").fill(day);
    await part.getByLabel(/^Waarde \(deelnemers\)/).fill(value);
    await part.getByRole("button", { name: "Concept opslaan" }).click();
  }

  /** Hands the report in after the confirmation, which takes the focus. */
  async handIn() {
    await this.page.getByRole("button", { name: "Indienen", exact: true }).click();
    await expect(
      this.page.getByRole("heading", { name: "Weet u zeker dat u de rapportage wilt indienen?" }),
    ).toBeFocused();
    await this.page.getByRole("button", { name: "Ja, rapportage indienen" }).click();
    await expect(this.page).toHaveURL(/stap=ingediend/);
    await expect(this.page.getByText("De rapportage is ingediend. De gemeente kan haar nu beoordelen.")).toBeVisible();
  }
}

/** A programme's row in the dashboard's table, on whichever page of the table it stands. */
export async function dashboardRow(page: Page, programme: string) {
  const figures = page.getByRole("table", { name: "Cijfers per programma" });
  for (let n = 1; n <= 40; n++) {
    await page.goto(`/dashboard?pagina=${n}`);
    await expect(figures).toBeVisible();
    const row = figures
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader").getByRole("link", { name: programme, exact: true }) });
    if ((await row.count()) > 0) return row;
    if ((await page.getByRole("link", { name: "Volgende programma's" }).count()) === 0) break;
  }
  throw new Error(`${programme} is not on the dashboard`);
}
