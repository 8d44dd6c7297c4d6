// Notifications: an action point given to a programme manager by a colleague reaches them under the bell and, as
// they chose, by e-mail through a real SMTP server started here; the due-date job, run twice from the command line,
// reminds once. Other tests run beside these against the same server, so these only count their own items.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { Page } from "@playwright/test";
import { and, eq, like } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { addActionItem } from "../db/fixtures";
import { emailOutbox, notifications } from "../db/schema";
import { addDays } from "../lib/domain/measurement-schedule";
import { todayInAmsterdam } from "../lib/domain/time";
import { createUserAsBeheerder, signInAsNew } from "./pages/users-page";
import { ACCOUNTS } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { expect, test, uniqueName } from "./support/fixtures";

test.describe.configure({ mode: "serial" });

const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? "2626");
const PORT = process.env.E2E_PORT ?? "3100";
const ROOT = path.resolve(import.meta.dirname, "..");

type Mail = { to: string[]; subject: string; text: string };
const mails: Mail[] = [];

/** The body of a received message as text, from quoted-printable or base64. */
function decode(raw: string): Mail["text"] {
  const split = raw.indexOf("\r\n\r\n");
  const headers = raw.slice(0, split);
  const body = raw.slice(split + 4);
  if (/^Content-Transfer-Encoding:\s*base64/im.test(headers)) return Buffer.from(body, "base64").toString("utf8");
  if (/^Content-Transfer-Encoding:\s*quoted-printable/im.test(headers)) {
    const bytes = body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      mails.push({
        to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        subject: /^Subject: (.*)$/m.exec(raw)?.[1] ?? "",
        text: decode(raw),
      });
      callback();
    });
  },
});

test.beforeAll(async () => {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(SMTP_PORT, "127.0.0.1", resolve);
  });
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const mailsAbout = (to: string, text: string) =>
  mails.filter((mail) => mail.to.includes(to) && mail.text.includes(text));

/** Runs a scheduled job the way operations do, against the test server's database and with its e-mail settings. */
async function runJob(job: string) {
  await promisify(execFile)("npm", ["run", "--silent", "jobs:run", "--", job], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: path.join(ROOT, "data", "e2e", "impactkoers.db"),
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(SMTP_PORT),
      SMTP_FROM: "Impactkoers <impactkoers@voorbeeld.example>",
      APP_URL: `http://localhost:${PORT}`,
    },
  });
}

const bell = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^Meldingen, / });
const list = (page: Page) => page.getByRole("list", { name: "Meldingen, nieuwste eerst" });
const item = (page: Page, text: string) => list(page).getByRole("listitem").filter({ hasText: text });

/** Chooses how notifications reach the signed-in person, on their account page. */
async function chooseEmail(page: Page, choice: string) {
  await page.goto("/account");
  const section = page.getByRole("region", { name: "Meldingen" });
  await section.getByRole("radio", { name: choice }).check();
  await section.getByRole("button", { name: "Keuze opslaan" }).click();
  await expect(page.getByText("Uw keuze voor meldingen is opgeslagen.")).toBeVisible();
  await expect(section.getByRole("radio", { name: choice })).toBeChecked();
}

test("a programme manager who chose e-mail hears of an action point a colleague gives them", async ({
  asManager,
  asTeamlid,
  freshProgramme,
  database,
}) => {
  await chooseEmail(asManager, "Ook per e-mail, direct bij elke melding");
  await expect(asManager.getByText("De e-mail gaat naar manager@voorbeeld.example.")).toBeVisible();
  await expectAccessible(asManager);

  // A session of the manager's programme, where the team member gives the manager an action point.
  const { sessionId } = addActionItem(database, freshProgramme, {
    description: "Zaal reserveren",
    owner: ACCOUNTS.teamlid.email,
    dueDate: null,
  });
  const description = uniqueName("Wijkagent uitnodigen");
  const session = `${freshProgramme.path}/reflections/${sessionId}`;
  await asTeamlid.goto(session);
  const actions = asTeamlid.getByRole("region", { name: "Actiepunten uit deze sessie" });
  await actions.getByLabel("Wat gaan we doen?").fill(description);
  await actions.getByLabel("Wie pakt het op?").selectOption({ label: ACCOUNTS.programmamanager.name });
  await actions.getByRole("button", { name: "Actiepunt toevoegen" }).click();
  await expect(asTeamlid.getByText("Het actiepunt is toegevoegd.")).toBeVisible();
  // The team member gave it, so the team member is not told.
  await asTeamlid.goto("/notifications");
  await expect(asTeamlid.getByRole("heading", { level: 1, name: "Meldingen" })).toBeVisible();
  await expect(item(asTeamlid, description)).toHaveCount(0);

  // The bell says how many are unread, in words a screen reader reads out.
  await asManager.goto("/programmes");
  await expect(bell(asManager)).toHaveAccessibleName(/^Meldingen, [1-9]\d* ongelezen$/);
  await bell(asManager).click();
  await expect(asManager.getByRole("heading", { level: 1, name: "Meldingen" })).toBeVisible();
  const mine = item(asManager, description);
  await expect(mine).toContainText("Ongelezen");
  await expect(mine).toContainText(`Sanne de Vries gaf u een actiepunt bij ${freshProgramme.name}: ‘${description}’.`);
  await expectAccessible(asManager);

  // The e-mail arrives with a link that opens the notification.
  await expect.poll(() => mailsAbout(ACCOUNTS.programmamanager.email, description).length).toBe(1);
  const mail = mailsAbout(ACCOUNTS.programmamanager.email, description)[0];
  expect(mail?.text).toContain("Beste Joost van Dijk,");
  const link = /http:\/\/localhost:\d+(\/notifications\/\d+\/open)/.exec(mail?.text ?? "")?.[1];
  expect(link).toBeTruthy();

  // Opening it goes to the action point and marks it read.
  await mine.getByRole("link", { name: new RegExp(description) }).click();
  await expect(asManager).toHaveURL(new RegExp(`${session}#actie-\\d+$`));
  await expect(
    asManager
      .getByRole("region", { name: "Actiepunten uit deze sessie" })
      .getByRole("listitem")
      .filter({ hasText: description }),
  ).toBeVisible();
  await asManager.goto("/notifications");
  await expect(item(asManager, description)).toContainText("Gelezen");
  await expect(item(asManager, description)).not.toContainText("Ongelezen");

  // The link in the e-mail leads to the same place.
  await asManager.goto(link ?? "");
  await expect(asManager).toHaveURL(new RegExp(`${session}#actie-\\d+$`));
});

test("the due-date job, run twice, reminds once of an overdue action point, in the app and by e-mail", async ({
  asManager,
  freshProgramme,
  database,
}) => {
  await chooseEmail(asManager, "Ook per e-mail, direct bij elke melding");
  const description = uniqueName("Verslag rondsturen");
  const dueDate = addDays(todayInAmsterdam(), -3) ?? "";
  const action = addActionItem(database, freshProgramme, {
    description,
    owner: ACCOUNTS.programmamanager.email,
    dueDate,
  });
  const reportDue = addDays(todayInAmsterdam(), 5) ?? "";
  const report = freshProgramme.addReportingPeriod({ startsOn: "2026-11-01", endsOn: "2026-11-30", dueOn: reportDue });

  await runJob("due-dates");
  await runJob("due-dates");
  // A partner's report due within the week is reminded of once too.
  const reportReminders = database
    .select({ id: notifications.id })
    .from(notifications)
    .where(eq(notifications.dedupeKey, `report_due:${report.id}:${reportDue}`))
    .all();
  expect(reportReminders).toHaveLength(1);

  const dedupeKey = `overdue:action_item:${action.id}:${dueDate}`;
  const reminders = database
    .select({ id: notifications.id })
    .from(notifications)
    .where(eq(notifications.dedupeKey, dedupeKey))
    .all();
  expect(reminders).toHaveLength(1);

  await asManager.goto("/notifications");
  await expect(item(asManager, description)).toHaveCount(1);
  await expect(item(asManager, description)).toContainText("Ongelezen");
  await expect(item(asManager, description)).toContainText(`Uw actiepunt ‘${description}’`);

  // One e-mail, sent once: the server's worker sends it, and nothing else is queued for it.
  await expect.poll(() => mailsAbout(ACCOUNTS.programmamanager.email, description).length).toBe(1);
  const queued = () =>
    database
      .select({ status: emailOutbox.status })
      .from(emailOutbox)
      .where(
        and(like(emailOutbox.text, `%${description}%`), eq(emailOutbox.toAddress, ACCOUNTS.programmamanager.email)),
      )
      .all();
  await expect.poll(() => queued().map((row) => row.status)).toEqual(["verzonden"]);
  expect(mailsAbout(ACCOUNTS.programmamanager.email, description)).toHaveLength(1);

  // Marked read by hand, from the list.
  await item(asManager, description)
    .getByRole("button", { name: /^Markeer als gelezen: Uw actiepunt/ })
    .click();
  await expect(asManager.getByText("De melding is gelezen.")).toBeVisible();
  await expect(item(asManager, description)).toContainText("Gelezen");
  await expect(item(asManager, description).getByRole("button")).toHaveCount(0);
});

test("someone new has no notifications yet; once given an action point, one button marks everything read", async ({
  browser,
  asTeamlid,
  freshProgramme,
  database,
}) => {
  const user = await createUserAsBeheerder(browser);
  const { context, page } = await signInAsNew(browser, user);
  await page.goto("/notifications");
  await expect(bell(page)).toHaveAccessibleName("Meldingen, geen ongelezen");
  await expect(page.getByText("U hebt nog geen meldingen.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Markeer alles als gelezen" })).toHaveCount(0);
  await expectAccessible(page);

  const { sessionId } = addActionItem(database, freshProgramme, {
    description: "Zaal reserveren",
    owner: ACCOUNTS.teamlid.email,
    dueDate: null,
  });
  await asTeamlid.goto(`${freshProgramme.path}/reflections/${sessionId}`);
  const actions = asTeamlid.getByRole("region", { name: "Actiepunten uit deze sessie" });
  await actions.getByLabel("Wat gaan we doen?").fill("Koffie regelen");
  await actions.getByLabel("Wie pakt het op?").selectOption({ label: user.name });
  await actions.getByRole("button", { name: "Actiepunt toevoegen" }).click();
  await expect(asTeamlid.getByText("Het actiepunt is toegevoegd.")).toBeVisible();

  await page.goto("/notifications");
  await expect(bell(page)).toHaveAccessibleName("Meldingen, 1 ongelezen");
  await expect(page.getByText("U hebt 1 ongelezen melding.")).toBeVisible();
  await page.getByRole("button", { name: "Markeer alles als gelezen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 melding is gelezen." })).toBeVisible();
  await expect(bell(page)).toHaveAccessibleName("Meldingen, geen ongelezen");
  await expect(item(page, "Koffie regelen")).toContainText("Gelezen");
  await context.close();
});

test("a page's writer follows it and hears when a colleague changes it; following can be stopped", async ({
  asTeamlid,
  asManager,
}) => {
  const title = uniqueName("Werkafspraken");
  await asTeamlid.goto("/pages/new");
  await asTeamlid.getByLabel("Titel", { exact: true }).fill(title);
  await asTeamlid.getByLabel("Tekst (optioneel)", { exact: true }).fill("Eerste versie.");
  await asTeamlid.getByRole("button", { name: "Pagina toevoegen" }).click();
  await expect(asTeamlid.getByText("De pagina is toegevoegd.")).toBeVisible();
  await expect(asTeamlid.getByRole("button", { name: "Niet meer volgen" })).toBeVisible();
  const pagePath = new URL(asTeamlid.url()).pathname;

  await asManager.goto(pagePath);
  await asManager.getByRole("button", { name: "Volgen", exact: true }).click();
  await expect(asManager.getByRole("status").filter({ hasText: "U volgt deze pagina nu." })).toBeVisible();
  await expect(asManager.getByRole("button", { name: "Niet meer volgen" })).toBeVisible();
  await expectAccessible(asManager);
  await asManager.goto(`${pagePath}/edit`);
  await asManager.getByLabel("Tekst (optioneel)", { exact: true }).fill("Tweede versie.");
  await asManager.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(asManager.getByText("De pagina is opgeslagen als versie 2.")).toBeVisible();

  await asTeamlid.goto("/notifications");
  const changed = item(asTeamlid, title);
  await expect(changed).toContainText(`Joost van Dijk wijzigde de pagina ‘${title}’, die u volgt.`);
  await changed.getByRole("link").click();
  await expect(asTeamlid.getByRole("heading", { level: 1, name: `Geschiedenis van ${title}` })).toBeVisible();

  await asTeamlid.goto(pagePath);
  await asTeamlid.getByRole("button", { name: "Niet meer volgen" }).click();
  await expect(asTeamlid.getByRole("status").filter({ hasText: "U volgt deze pagina niet meer." })).toBeVisible();
  await expect(asTeamlid.getByRole("button", { name: "Volgen", exact: true })).toBeVisible();
});
