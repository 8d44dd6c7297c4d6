// Where a move of a learning question leads when it takes the question to another screen of its list, and the marks
// that screen reads to give the question the focus and say its place. No zod here: the move buttons use it in the
// browser.
import type { Direction } from "./learning-questions";

/** The lists of learning questions a move can come from: the gemeente's backlog and a programme's questions. */
const QUESTION_LIST = /^\/(learning-questions|programmes\/[1-9]\d{0,9}\/learning-questions)$/;

/** The marks a list's address carries when a move brought a question onto its screen. */
const MOVED = "verplaatst";
const DIRECTION = "richting";
const DIRECTION_WORDS = { up: "omhoog", down: "omlaag" } as const;

/**
 * Where the user goes after a move that took the question off the screen of `list` (the path and search of that
 * screen): the same list with its filters, on the screen where the question's new `place` is, marked with the
 * question and the direction so that screen can give the question the focus and say its place. Null when the
 * question stays on the same screen, or `list` is not a list of learning questions.
 */
export function listAfterMove(
  list: unknown,
  move: { questionId: number; direction: Direction; place: number; pageSize: number },
): string | null {
  if (typeof list !== "string" || !list.startsWith("/") || list.startsWith("//")) return null;
  const url = new URL(list, "http://list.invalid");
  if (!QUESTION_LIST.test(url.pathname) || move.place < 1) return null;
  const search = url.searchParams;
  const current = Number(search.get("pagina")) || 1;
  const screen = Math.ceil(move.place / move.pageSize);
  if (screen === current) return null;
  if (screen > 1) search.set("pagina", String(screen));
  else search.delete("pagina");
  search.set(MOVED, String(move.questionId));
  search.set(DIRECTION, DIRECTION_WORDS[move.direction]);
  return `${url.pathname}?${search.toString()}`;
}

/** The question a move just brought onto this screen, and which way it went, from the marks of listAfterMove. */
export function arrivedByMove(
  search: Record<string, string | string[] | undefined>,
): { questionId: number; direction: Direction } | null {
  const id = search[MOVED];
  const word = search[DIRECTION];
  if (typeof id !== "string" || !/^[1-9]\d{0,9}$/.test(id)) return null;
  const direction: Direction | null =
    word === DIRECTION_WORDS.up ? "up" : word === DIRECTION_WORDS.down ? "down" : null;
  return direction ? { questionId: Number(id), direction } : null;
}

/** The address of the screen without the marks of a move, once the screen has acted on them. */
export function withoutMoveMarks(href: string): string {
  const url = new URL(href, "http://list.invalid");
  url.searchParams.delete(MOVED);
  url.searchParams.delete(DIRECTION);
  const query = url.searchParams.toString();
  return `${url.pathname}${query ? `?${query}` : ""}${url.hash}`;
}
