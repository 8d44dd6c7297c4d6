// The names and limits of form fields that both a form in the browser and the schema on the server use. This file
// imports no zod: a form that needs a field name does not make the browser download the whole validation library.
// The schema files re-export what they share from here.

/** The most report links one study keeps; the form never offers more rows than this. */
export const MAX_REPORTS = 20;

export const reportTitleField = (index: number) => `reportTitle-${index}`;
export const reportUrlField = (index: number) => `reportUrl-${index}`;

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** The filled-in report rows of a submitted study form, in the order of the form. */
export function reportRows(values: Record<string, unknown>) {
  const rows: { index: number; title: string; url: string }[] = [];
  for (let index = 0; index < MAX_REPORTS; index++) {
    const title = text(values[reportTitleField(index)]);
    const url = text(values[reportUrlField(index)]);
    if (title || url) rows.push({ index, title, url });
  }
  return rows;
}

/** One report link as one line of text, where a form compares two versions of a study. */
export const reportLine = (report: { title: string; url: string }) => `${report.title} (${report.url})`;

/** The report rows a user filled in, as lines of text. */
export const submittedReportLines = (values: Record<string, unknown>) => reportRows(values).map(reportLine);

/** The select for one hypothesis ("h") or assumption ("a") in the finding form. */
export const verdictField = (kind: "h" | "a", id: number) => `verdict-${kind}-${id}`;

/** The field of one participant's attendance at a training session. */
export const attendanceField = (participantId: number) => `attendance-${participantId}`;

/** The field of one statement of the impact scan. */
export const statementField = (key: string) => `answer-${key}`;

/** The field of one learning goal's judgement. */
export const judgementField = (goalId: number) => `goal-${goalId}`;

/** The comment field on one value ("v") or insight ("i") in the review form of a partner report. */
export const commentField = (kind: "v" | "i", id: number) => `comment-${kind}-${id}`;

/** The field of an application form that holds the target on one agreed effect: "target_<effectId>". */
export const TARGET_FIELD_PREFIX = "target_";

/** The field of a ranking form that holds one opgave's place: "item_<id>". */
export const RANK_FIELD_PREFIX = "item_";

export const REFLECTION_PROMPTS = ["planned", "happened", "learned", "change"] as const;
export type ReflectionPrompt = (typeof REFLECTION_PROMPTS)[number];

/** The largest document a partner report takes. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The kinds of document a report takes: by extension, the type they are stored and served as, how they start. */
export const DOCUMENT_TYPES = {
  pdf: { contentType: "application/pdf", magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", magic: ZIP },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", magic: ZIP },
  odt: { contentType: "application/vnd.oasis.opendocument.text", magic: ZIP },
  ods: { contentType: "application/vnd.oasis.opendocument.spreadsheet", magic: ZIP },
  png: { contentType: "image/png", magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  jpg: { contentType: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  jpeg: { contentType: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
} as const;
export type DocumentExtension = keyof typeof DOCUMENT_TYPES;
