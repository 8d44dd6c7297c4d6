"use client";
// Confirmations of actions that stay on the page they were done on. Such an action does not navigate (a redirect to
// the same page with a notice in the address would mount the page anew and throw away what was typed in its other
// forms): it returns its message, and the page shows it in one place that stays while the page changes around it.
import { createContext, type ReactNode, useCallback, useContext, useState } from "react";
import type { FormState } from "@/lib/validation/form";
import { Notice } from "./notice";

type Flash = { message: string; at: number };

const FlashContext = createContext<{ flash: Flash | null; show: (message: string) => void } | null>(null);

export function FlashProvider({ children }: { children: ReactNode }) {
  const [flash, setFlash] = useState<Flash | null>(null);
  const show = useCallback((message: string) => setFlash({ message, at: Date.now() }), []);
  return <FlashContext.Provider value={{ flash, show }}>{children}</FlashContext.Provider>;
}

/** Where the page shows the latest confirmation. */
export function FlashSlot({ className = "" }: { className?: string }) {
  const context = useContext(FlashContext);
  if (!context?.flash) return null;
  return (
    <div key={context.flash.at} className={className}>
      <Notice tone="success" role="status">
        {context.flash.message}
      </Notice>
    </div>
  );
}

/**
 * The action with its success message passed to the page's flash. The message is shown from the action itself, not
 * from the component's state: a button such as "Klaar" is gone from the refreshed page by the time its state would
 * say so. Without a flash around it, the action is returned as it is and `flashed` is false.
 */
export function useFlashAction<S extends FormState<unknown>>(
  action: (state: S, formData: FormData) => Promise<S>,
): { action: (state: S, formData: FormData) => Promise<S>; flashed: boolean } {
  const show = useContext(FlashContext)?.show;
  if (!show) return { action, flashed: false };
  return {
    action: async (state, formData) => {
      const next = await action(state, formData);
      if (next.status === "success" && next.message) show(next.message);
      return next;
    },
    flashed: true,
  };
}
