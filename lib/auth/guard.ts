import "server-only";
import { notFound } from "next/navigation";
import { ForbiddenError, NotFoundError } from "@/db/errors";

/**
 * For pages: a record that does not exist, belongs to another gemeente or is not for this role all answer
 * "not found", so a URL never tells whether something exists elsewhere.
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    throw error;
  }
}

/** A route parameter that must be a positive whole number; anything else is not found. */
export function idParam(value: string): number {
  const id = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}

/**
 * For route handlers: off to the sign-in page and back here afterwards. The address is relative, so that behind a
 * reverse proxy the browser stays on the proxy's host (the server itself only knows localhost).
 */
export function signInFirst(callbackPath: string): Response {
  const location = `/login?${new URLSearchParams({ callbackUrl: callbackPath })}`;
  return new Response(null, { status: 307, headers: { Location: location } });
}
