// `npm run backup`: a consistent copy of the database while the server serves, checked, in data/backups (or
// BACKUP_DIR); keeps the newest BACKUP_KEEP (14) backups it made.
import path from "node:path";
import { BackupError, makeBackup } from "../db/backup";
import { databasePath } from "../db/client";
import { printChains } from "./chain-report";

const databaseFile = path.resolve(databasePath());
const folder = path.resolve(process.env.BACKUP_DIR?.trim() || path.join(path.dirname(databaseFile), "backups"));
const keep = Number(process.env.BACKUP_KEEP?.trim() || "14");
if (!Number.isInteger(keep) || keep < 1) {
  console.error(`BACKUP_KEEP moet een heel getal van 1 of meer zijn, niet "${process.env.BACKUP_KEEP}".`);
  process.exit(1);
}

try {
  const result = await makeBackup({ databaseFile, folder, keep });
  const size = (result.bytes / 1024 / 1024).toLocaleString("nl-NL", { maximumFractionDigits: 1 });
  console.log(`Back-up gemaakt: ${result.file} (${size} MB, in ${Math.round(result.ms)} ms)`);
  console.log("Gecontroleerd: de database in de back-up is onbeschadigd.");
  const intact = printChains(result.check.chains ?? []);
  if (!intact) {
    console.error(
      "\nDe back-up is bewaard, maar het logboek erin is veranderd. Oudere back-ups zijn daarom niet opgeruimd. Voer `npm run audit:verify` uit en meld het als beveiligingsincident.",
    );
    process.exit(1);
  }
  for (const name of result.removed) console.log(`Oude back-up opgeruimd: ${name}`);
  console.log(`De nieuwste ${keep} back-ups in ${folder} blijven bewaard.`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`Geen back-up gemaakt. ${error.message}`);
  process.exit(1);
}
