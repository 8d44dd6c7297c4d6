// Password hashing with argon2id (the library's default algorithm) and readable one-time passwords.
// Each check takes real CPU time on purpose. So that a flood of sign-in attempts cannot take all of it, a server
// process runs only a few at a time; attempts beyond those wait briefly in line or are told it is busy. Per process
// is right here: the limit protects this process's own CPU (the throttle in the database limits the attempts).
import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { BUSY, createLimiter } from "../domain/limiter";

/** Two checks at a time per process; sixteen more wait up to five seconds, beyond that the answer is "busy". */
export const HASHING = { running: 2, waiting: 16, waitMs: 5_000 } as const;
const hashing = createLimiter(HASHING);

/** Hashing is asked for by signed-in people (and scripts), rarely: it waits its turn however long the line. */
export function hashPassword(password: string): Promise<string> {
  return hashing.runInTurn(() => hash(password));
}

/** "busy": the check did not run, because too many are running or waiting in this server process. */
export type PasswordCheck = "match" | "mismatch" | "busy";

export async function verifyPassword(passwordHash: string, password: string): Promise<PasswordCheck> {
  const verified = await hashing.run(async () => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  });
  if (verified === BUSY) return "busy";
  return verified ? "match" : "mismatch";
}

let dummyHash: Promise<string> | undefined;
/** Verifying against this for an unknown e-mail address makes its answer take as long as a wrong password. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("impactkoers-no-such-user");
  return dummyHash;
}

// No 0/O, 1/l/I: these passwords are read aloud or copied by hand.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** A one-time password such as "k7mq-2xpr-9hvt-c4nd" (about 79 bits). */
export function generatePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = "";
    for (let i = 0; i < 4; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}
