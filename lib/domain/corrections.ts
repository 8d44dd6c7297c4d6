// The life of a course correction: proposed, then decided or rejected; a decided one is later carried out.
import type { CorrectionStatus } from "./constants";

const NEXT: Record<CorrectionStatus, readonly CorrectionStatus[]> = {
  voorgesteld: ["besloten", "afgewezen"],
  besloten: ["doorgevoerd"],
  doorgevoerd: [],
  afgewezen: [],
};

export function canMove(from: CorrectionStatus, to: CorrectionStatus): boolean {
  return NEXT[from].includes(to);
}
