// Password hashing with argon2id (the library's default algorithm) and readable one-time passwords.
import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
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
