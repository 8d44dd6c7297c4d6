// How much a paste or a file of measurements may be. The browser checks these before it sends anything: a request
// larger than the server action body limit (next.config.mjs) never reaches the action and would end on an error
// page, so both limits together stay below it (a unit test checks that). The server checks them again.

/** Measurements per paste or file (the row rules are in measurement-csv.ts). */
export const MAX_ROWS = 2000;
/** A chosen file: CSV, text or an Excel workbook. */
export const MAX_FILE_BYTES = 1_000_000;
/** Pasted text, counted as the browser sends it: UTF-8, every line break as CRLF. */
export const MAX_PASTE_BYTES = 1_000_000;

/** The size of a pasted text in the request. */
export function pastedBytes(text: string): number {
  return new TextEncoder().encode(text.replace(/\r\n|\r|\n/g, "\r\n")).length;
}

/** A limit as people say it, in whole megabytes ("1 MB"), rounded down so the text never promises too much. */
export function megabytes(bytes: number): string {
  return `${Math.floor(bytes / 1_000_000)} MB`;
}
