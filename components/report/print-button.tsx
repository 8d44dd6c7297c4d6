"use client";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog, where the report can also be saved as PDF. */
export function PrintButton({ children }: { children: ReactNode }) {
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      {children}
    </Button>
  );
}
