// The e-mail queue. Any number of server processes send from it: each claims one e-mail at a time with a lease
// (one UPDATE, so two processes never claim the same row), sends it, and marks it sent right after the mail server
// accepted it. A failure is tried again after a pause that doubles each time; after the last attempt the e-mail is
// given up (mislukt). The rows are delivery bookkeeping, not a gemeente's records: they are not audited.
import { and, asc, count, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { retryDelayMs } from "../../lib/domain/notifications";
import type { NotifyTiming } from "../../lib/server/notify-config";
import type { Reader } from "../access";
import type { AppDatabase } from "../client";
import { emailOutbox, memberships } from "../schema";

export type OutgoingMail = { to: string; subject: string; text: string };
export type Send = (mail: OutgoingMail) => Promise<void>;

type Timing = Pick<NotifyTiming, "sendLeaseMs" | "maxAttempts" | "retryBaseMs" | "retryMaxMs">;

const free = (now: Date) => or(isNull(emailOutbox.lockedUntil), lte(emailOutbox.lockedUntil, now));

/** Claims the e-mail that is due first, for `leaseMs`; undefined when none is due. Counts the attempt. */
export function claimNextEmail(db: AppDatabase, now: Date, leaseMs: number) {
  const due = and(eq(emailOutbox.status, "wachtend"), lte(emailOutbox.nextAttemptAt, now), free(now));
  const next = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(due)
    .orderBy(asc(emailOutbox.nextAttemptAt), asc(emailOutbox.id))
    .limit(1);
  return db
    .update(emailOutbox)
    .set({ lockedUntil: new Date(now.getTime() + leaseMs), attempts: sql`${emailOutbox.attempts} + 1` })
    .where(and(inArray(emailOutbox.id, next), due))
    .returning({
      id: emailOutbox.id,
      toAddress: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      text: emailOutbox.text,
      attempts: emailOutbox.attempts,
    })
    .get();
}

export function markEmailSent(db: AppDatabase, id: number, now: Date) {
  db.update(emailOutbox)
    .set({ status: "verzonden", sentAt: now, lockedUntil: null, lastError: null })
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, "wachtend")))
    .run();
}

/** After a failed attempt: another try later, or given up after the last one. Answers whether it was given up. */
export function markEmailFailed(
  db: AppDatabase,
  email: { id: number; attempts: number },
  error: unknown,
  now: Date,
  timing: Timing,
): boolean {
  const giveUp = email.attempts >= timing.maxAttempts;
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  db.update(emailOutbox)
    .set({
      status: giveUp ? "mislukt" : "wachtend",
      lockedUntil: null,
      lastError: message,
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(email.attempts, timing.retryBaseMs, timing.retryMaxMs)),
    })
    .where(and(eq(emailOutbox.id, email.id), eq(emailOutbox.status, "wachtend")))
    .run();
  return giveUp;
}

/** Sends what is due, one e-mail after another, at most `max` of them. */
export async function deliverDueEmails(
  db: AppDatabase,
  send: Send,
  timing: Timing,
  { max = 50, clock = () => new Date() }: { max?: number; clock?: () => Date } = {},
) {
  const outcome = { sent: 0, retried: 0, gaveUp: 0 };
  for (let i = 0; i < max; i++) {
    const email = claimNextEmail(db, clock(), timing.sendLeaseMs);
    if (!email) break;
    try {
      await send({ to: email.toAddress, subject: email.subject, text: email.text });
    } catch (error) {
      if (markEmailFailed(db, email, error, clock(), timing)) outcome.gaveUp += 1;
      else outcome.retried += 1;
      continue;
    }
    markEmailSent(db, email.id, clock());
    outcome.sent += 1;
  }
  return outcome;
}

/**
 * How many e-mails to people of the gemeente were given up, for the beheerder: those about the gemeente, and daily
 * summaries (which belong to no one gemeente) to its members.
 */
export function failedEmailCount(db: Reader, organisationId: number): number {
  const members = db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(eq(memberships.organisationId, organisationId));
  return (
    db
      .select({ n: count() })
      .from(emailOutbox)
      .where(
        and(
          eq(emailOutbox.status, "mislukt"),
          or(
            eq(emailOutbox.organisationId, organisationId),
            and(isNull(emailOutbox.organisationId), inArray(emailOutbox.userId, members)),
          ),
        ),
      )
      .get()?.n ?? 0
  );
}
