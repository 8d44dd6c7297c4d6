// Creates the first beheerder of a real gemeente (and the gemeente itself when it does not exist yet):
//   npm run user:create -- --gemeente "Gemeente Zuidstad" --name "Anna de Boer" --email anna@zuidstad.nl
import { parseArgs } from "node:util";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { generatePassword, hashPassword } from "../lib/auth/password";
import { email, requiredText } from "../lib/validation/fields";
import { recordAudit } from "./audit";
import { openDatabase } from "./client";
import { runMigrations } from "./migrate";
import { memberships, organisations, users } from "./schema";

const { values } = parseArgs({
  options: { gemeente: { type: "string" }, name: { type: "string" }, email: { type: "string" } },
});

const input = z.object({ gemeente: requiredText(120), name: requiredText(120), email: email() }).safeParse(values);
if (!input.success) {
  console.error(
    'Gebruik: npm run user:create -- --gemeente "Gemeente Zuidstad" --name "Anna de Boer" --email anna@zuidstad.nl',
  );
  process.exit(1);
}

const { gemeente, name, email: address } = input.data;
const slug = gemeente
  .toLowerCase()
  .normalize("NFKD")
  .replace(/[\u0300-\u036f]/g, "")
  .replace(/^gemeente\s+/, "")
  .replace(/[^a-z0-9]+/g, "-")
  .replace(/^-|-$/g, "");

const db = openDatabase();
runMigrations(db);
const password = generatePassword();
const passwordHash = await hashPassword(password);

const outcome = db.transaction((tx) => {
  let organisationId = tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.slug, slug))
    .get()?.id;
  if (!organisationId) {
    organisationId = tx
      .insert(organisations)
      .values({ slug, name: gemeente })
      .returning({ id: organisations.id })
      .get().id;
    recordAudit(tx, {
      organisationId,
      actorId: null,
      action: "organisation.created",
      entityType: "organisation",
      entityId: organisationId,
      summary: gemeente,
    });
  }
  const existing = tx.select({ id: users.id }).from(users).where(eq(users.email, address)).get();
  if (
    existing &&
    tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, existing.id), eq(memberships.organisationId, organisationId)))
      .get()
  ) {
    return "exists" as const;
  }
  const userId =
    existing?.id ??
    tx.insert(users).values({ email: address, name, passwordHash }).returning({ id: users.id }).get().id;
  // Made on the server's command line by whoever runs the installation: counts at once, no invitation.
  tx.insert(memberships).values({ userId, organisationId, role: "beheerder", acceptedAt: new Date() }).run();
  recordAudit(tx, {
    organisationId,
    actorId: null,
    action: existing ? "membership.added" : "user.created",
    entityType: "user",
    entityId: userId,
    summary: `${name} (${address}): beheerder`,
  });
  return existing ? ("added" as const) : ("created" as const);
});
db.$client.close();

if (outcome === "exists") {
  console.error(`${address} is al gebruiker van ${gemeente}. Er is niets gewijzigd.`);
  process.exit(1);
}
console.log(`${name} is beheerder van ${gemeente}.`);
if (outcome === "created") console.log(`Eenmalig wachtwoord (wordt niet opnieuw getoond): ${password}`);
else console.log("Dit account bestond al en houdt zijn eigen wachtwoord.");
