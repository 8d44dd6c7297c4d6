// The names and limits of form fields that both a form in the browser and the schema on the server use. These files
// import no zod: a form that needs a field name does not make the browser download the whole validation library.
// One file per area: the browser gets the whole module a form imports from, not only the constant it uses.

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
