import { describe, expect, it } from "vitest";
import { arrivedByMove, listAfterMove, withoutMoveMarks } from "./learning-question-moves";

const move = { questionId: 42, direction: "up" as const, pageSize: 10 };

describe("a move that takes a question to another screen", () => {
  it("stays put while the new place is on the screen the user is on", () => {
    expect(listAfterMove("/learning-questions", { ...move, place: 3 })).toBeNull();
    expect(listAfterMove("/learning-questions?pagina=2&programma=7", { ...move, place: 11 })).toBeNull();
  });

  it("goes to the screen of the new place, keeping the filters and marking the question", () => {
    expect(listAfterMove("/learning-questions?programma=7&pagina=2", { ...move, place: 10 })).toBe(
      "/learning-questions?programma=7&verplaatst=42&richting=omhoog",
    );
    expect(listAfterMove("/programmes/5/learning-questions", { ...move, direction: "down", place: 11 })).toBe(
      "/programmes/5/learning-questions?pagina=2&verplaatst=42&richting=omlaag",
    );
  });

  it("replaces the marks of an earlier move", () => {
    expect(listAfterMove("/learning-questions?pagina=3&verplaatst=9&richting=omlaag", { ...move, place: 20 })).toBe(
      "/learning-questions?pagina=2&verplaatst=42&richting=omhoog",
    );
  });

  it("only goes to a list of learning questions on this site", () => {
    for (const list of [null, 7, "https://elders.example/learning-questions", "//elders.example/learning-questions"]) {
      expect(listAfterMove(list, { ...move, place: 1 })).toBeNull();
    }
    expect(listAfterMove("/programmes/5/indicators?pagina=2", { ...move, place: 1 })).toBeNull();
    expect(listAfterMove("/learning-questions/12?pagina=2", { ...move, place: 1 })).toBeNull();
  });

  it("reads the marks back, and ignores broken ones", () => {
    expect(arrivedByMove({ verplaatst: "42", richting: "omhoog" })).toEqual({ questionId: 42, direction: "up" });
    expect(arrivedByMove({ verplaatst: "42", richting: "omlaag" })).toEqual({ questionId: 42, direction: "down" });
    expect(arrivedByMove({ verplaatst: "42" })).toBeNull();
    expect(arrivedByMove({ verplaatst: "0", richting: "omhoog" })).toBeNull();
    expect(arrivedByMove({ verplaatst: ["42", "43"], richting: "omhoog" })).toBeNull();
    expect(arrivedByMove({ verplaatst: "42", richting: "opzij" })).toBeNull();
  });

  it("drops the marks once the screen has acted on them", () => {
    expect(withoutMoveMarks("http://x.test/learning-questions?programma=7&verplaatst=42&richting=omhoog")).toBe(
      "/learning-questions?programma=7",
    );
    expect(withoutMoveMarks("/programmes/5/learning-questions?verplaatst=42&richting=omlaag")).toBe(
      "/programmes/5/learning-questions",
    );
  });
});
