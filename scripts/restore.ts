// `npm run restore -- FILE [--toch]`: puts a backup in place of the database of a STOPPED installation. The current
// database is kept as impactkoers.db.voor-herstel-<time>.
import path from "node:path";
import { parseArgs } from "node:util";
import { BackupError, restoreBackup } from "../db/backup";
import { databasePath } from "../db/client";
import { printChains } from "./chain-report";
import { checkPortFree } from "./prepare.mjs";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { toch: { type: "boolean" } } });
const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error("Gebruik: npm run restore -- data/backups/impactkoers-JJJJMMDD-UUMMSS.db");
  process.exit(1);
}

const port = process.env.PORT || "3000";
try {
  await checkPortFree(port);
} catch {
  console.error(
    `Niet hersteld: op poort ${port} draait nog een server, misschien Impactkoers. Stop Impactkoers eerst; herstellen kan alleen als het niet draait.`,
  );
  process.exit(1);
}

try {
  const result = restoreBackup({
    file: path.resolve(file),
    databaseFile: path.resolve(databasePath()),
    force: values.toch,
  });
  console.log(`Gecontroleerd: ${file} is onbeschadigd.`);
  if (result.check.chains) printChains(result.check.chains);
  else console.log("  (Deze back-up is van vóór de controle van het logboek; de keten wordt bij de start gemaakt.)");
  if (result.previous) console.log(`De database van vóór het herstel is bewaard als ${result.previous}`);
  console.log(`Hersteld in ${result.database}. Start Impactkoers weer met \`npm start\`.`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`Niet hersteld. ${error.message}`);
  process.exit(1);
}
