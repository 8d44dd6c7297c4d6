// The house rules of the data layer, checked on the source: every mutation goes through the one write path
// (db/write.ts), and every access question through the one kernel (lib/domain/permissions.ts, via db/access.ts).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

function sources(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) found.push(full);
    }
  };
  walk(path.join(root, folder));
  return found.map((file) => path.relative(root, file));
}

const ALL = ["app", "components", "db", "lib"].flatMap(sources);
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

/** Code that writes without a signed-in viewer: the write path, sign-in, set-up scripts, demo and test data. */
const SYSTEM_WRITERS = new Set([
  "db/index.ts",
  "db/audit.ts",
  "db/write.ts",
  "db/queries/sign-in.ts",
  // Signing in through the gemeente's provider, and a password refused because the gemeente requires that.
  "db/queries/sso-sign-in.ts",
  "db/queries/sso-requirement.ts",
  // The second step of signing in: like the first, before there is a session.
  "db/queries/sign-in-code.ts",
  // A request to the read API carries a key, not a session: like a sign-in it is checked and recorded here.
  "db/queries/api-requests.ts",
  "db/create-user.ts",
  "db/seed.ts",
  "db/seed-programmes.ts",
  "db/seed-evidence.ts",
  "db/seed-learning.ts",
  "db/seed-reporting.ts",
  "db/seed-opgaven.ts",
  "db/seed-training.ts",
  "db/seed-veranderplan.ts",
  "db/seed-subsidies.ts",
  "db/fixtures.ts",
  "db/test-database.ts",
  "db/jobs/system-write.ts",
  // The places of expensive work (PDFs) shared by the server processes: bookkeeping, no gemeente's records.
  "db/jobs/work-slots.ts",
  // Anonymising a person also removes their open invitations in other gemeenten, and says so in each one's own log.
  "db/queries/anonymise.ts",
  // Read transactions only: a check of the audit trail's hash chains sees them all at one moment.
  "db/audit-verify.ts",
  // The dashboard's figures kept per gemeente: computed from one read snapshot, kept in a table of their own.
  "db/queries/dashboard-cache.ts",
]);

describe("the data layer's house rules", () => {
  it("lets only the write path open transactions and record audit events", () => {
    const offenders = ALL.filter((file) => !SYSTEM_WRITERS.has(file)).filter((file) =>
      /\btransact\(|\brecordAudit\(|\.transaction\(/.test(read(file)),
    );
    expect(offenders).toEqual([]);
  });

  it("has one gate to the kernel: no parallel access modules, no local role lists or Reader types", () => {
    expect(ALL.filter((file) => /-access\.ts$/.test(file))).toEqual([]);
    expect(ALL.filter((file) => file !== "db/access.ts" && /type Reader =/.test(read(file)))).toEqual([]);
    expect(ALL.filter((file) => /\b(OWNER|TEAM)_ROLES\s*=\s*\[/.test(read(file)))).toEqual([]);
    expect(ALL.filter((file) => /requirePermission|requireProgramme|assertProgramme/.test(read(file)))).toEqual([]);
  });

  it("asks the kernel about roles instead of comparing them, outside beheer's own rules about beheerders", () => {
    const allowed = new Set(["lib/domain/permissions.ts", "db/queries/users.ts", "components/admin/role-fields.tsx"]);
    const offenders = ALL.filter((file) => !allowed.has(file)).filter((file) =>
      /\brole\s*[!=]==\s*"(beheerder|programmamanager|management|teamlid|partner)"/.test(read(file)),
    );
    expect(offenders).toEqual([]);
  });
});
