// The work a server process does in the background: send the e-mails that are due, and run the scheduled jobs when
// their time has come. Every process does both; the queue and job_runs in SQLite make sure each e-mail and each run
// is handled once. A failure is logged and tried again at the next turn; it never reaches a user's request.
import { getDb } from "@/db/index";
import { runDueJobs, sendDueEmails } from "@/db/jobs/schedule";
import { notifyTiming } from "./notify-config";

const started = globalThis as unknown as { impactkoersNotifyWorker?: boolean };

function every(intervalMs: number, work: () => Promise<unknown>) {
  const turn = async () => {
    try {
      await work();
    } catch (error) {
      console.error("Meldingen:", error);
    } finally {
      setTimeout(turn, intervalMs).unref();
    }
  };
  setTimeout(turn, intervalMs).unref();
}

export function startNotifyWorker() {
  if (started.impactkoersNotifyWorker) return;
  started.impactkoersNotifyWorker = true;
  const timing = notifyTiming();
  every(timing.pollMs, () => sendDueEmails(getDb(), timing));
  every(timing.jobTickMs, () => runDueJobs(getDb(), new Date(), timing));
}
