import { describe, expect, it } from "vitest";
import { CORRECTION_STATUSES } from "./constants";
import { canMove } from "./corrections";

describe("course correction status", () => {
  it("goes from proposed to decided or rejected, and from decided to carried out", () => {
    const allowed = CORRECTION_STATUSES.flatMap((from) =>
      CORRECTION_STATUSES.filter((to) => canMove(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual(["voorgesteld→besloten", "voorgesteld→afgewezen", "besloten→doorgevoerd"]);
  });

  it("never reopens a rejected or carried-out correction", () => {
    for (const to of CORRECTION_STATUSES) {
      expect(canMove("afgewezen", to)).toBe(false);
      expect(canMove("doorgevoerd", to)).toBe(false);
    }
  });
});
