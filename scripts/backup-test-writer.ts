// For db/backup.test.ts: a second process that records audit events into a database one by one, as fast as it can,
// and prints "ack <n>" after each commit. Stops on "stop" on standard input, and by itself after 20 000 writes or 60 s.
import { recordAudit } from "../db/audit";
import { openDatabase } from "../db/client";

const file = process.argv[2];
if (!file) throw new Error("usage: tsx scripts/backup-test-writer.ts <database file>");
const db = openDatabase(file);
const deadline = Date.now() + 60_000;
let stopping = false;
process.stdin.on("data", (data) => {
  if (String(data).includes("stop")) stopping = true;
});

let n = 0;
function writeSome() {
  // A few writes per turn, then back to the event loop to hear "stop".
  for (let i = 0; i < 5 && !stopping; i++) {
    n += 1;
    db.transaction(
      (tx) =>
        recordAudit(tx, {
          organisationId: 1,
          actorId: null,
          action: "test.write",
          entityType: "test",
          entityId: n,
          summary: `schrijf ${n}`,
          after: { n },
        }),
      { behavior: "immediate" },
    );
    process.stdout.write(`ack ${n}\n`);
  }
  if (stopping || n >= 20_000 || Date.now() > deadline) {
    db.$client.close();
    process.exit(0);
  }
  setImmediate(writeSome);
}
writeSome();
