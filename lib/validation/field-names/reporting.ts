// The names and limits of form fields that both a form in the browser and the schema on the server use. These files
// import no zod: a form that needs a field name does not make the browser download the whole validation library.
// One file per area: the browser gets the whole module a form imports from, not only the constant it uses.

/** The comment field on one value ("v") or insight ("i") in the review form of a partner report. */
export const commentField = (kind: "v" | "i", id: number) => `comment-${kind}-${id}`;

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
