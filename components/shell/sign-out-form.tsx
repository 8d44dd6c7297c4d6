"use client";
import type { ReactNode } from "react";
import { signOutAction } from "@/app/(app)/actions";
import { isDraftKey } from "@/lib/domain/drafts";

/**
 * Signing out. Drafts of forms are kept in the browser without a name on them, so that a reload or an expired session
 * loses nothing; whoever signs out on purpose takes them along, and the next person on this computer is not offered
 * them.
 */
export function SignOutForm({ children, className }: { children: ReactNode; className?: string }) {
  const forgetDrafts = () => {
    try {
      const keys = Object.keys(window.localStorage).filter(isDraftKey);
      for (const key of keys) window.localStorage.removeItem(key);
    } catch {
      // Storage switched off: there are no drafts to remove.
    }
  };
  return (
    <form action={signOutAction} onSubmit={forgetDrafts} className={className}>
      {children}
    </form>
  );
}
