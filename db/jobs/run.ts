// Runs one scheduled job now against DATABASE_URL, with the same environment as the server (SMTP_*, APP_URL):
//   npm run jobs:run -- due-dates       reminders of overdue measurements and action points, and of reports due
//   npm run jobs:run -- daily-summary   the daily summary e-mails
//   npm run jobs:run -- outbox          send the e-mails that are due
//   npm run jobs:run -- retention       remove old sessions, sign-in counts, e-mails and health checks
import { notifyTiming } from "../../lib/server/notify-config";
import { databasePath, openDatabase } from "../client";
import { JOB_NAMES, type JobName, runJobNow } from "./schedule";

const name = process.argv[2] as JobName | undefined;
if (!name || !JOB_NAMES.includes(name)) {
  console.error(`Gebruik: npm run jobs:run -- <${JOB_NAMES.join(" | ")}>`);
  process.exit(1);
}

const db = openDatabase();
try {
  const result = await runJobNow(db, name, new Date(), notifyTiming());
  console.log(`${name} op ${databasePath()}: ${JSON.stringify(result)}`);
} finally {
  db.$client.close();
}
