// `npm run audit:verify`: checks the hash chain of the audit trail of every gemeente in DATABASE_URL. Exits with 1 when
// a chain is broken. Also works while the server runs; it notes the head of each intact chain for later checks.
import fs from "node:fs";
import Database from "better-sqlite3";
import { recordCheck, verifyAllChains } from "../db/audit-verify";
import { databasePath } from "../db/client";
import { printChains } from "./chain-report";

const file = databasePath();
if (!fs.existsSync(file)) {
  console.error(`Er is geen database op ${file}. Zet DATABASE_URL op de database die u wilt controleren.`);
  process.exit(1);
}
const sqlite = new Database(file, { fileMustExist: true });
sqlite.pragma("busy_timeout = 5000");
const started = performance.now();
const chains = verifyAllChains(sqlite);
console.log(`Logboek van ${file} gecontroleerd in ${Math.round(performance.now() - started)} ms:`);
const intact = printChains(chains);
for (const chain of chains) recordCheck(sqlite, chain);
sqlite.close();
if (intact) {
  console.log("Het logboek is onveranderd sinds het begin.");
} else {
  console.error(
    "\nHet logboek is veranderd buiten Impactkoers om. Bewaar deze database zoals hij is, vergelijk met een back-up van vóór de genoemde tijd en meld het als beveiligingsincident.",
  );
  process.exit(1);
}
