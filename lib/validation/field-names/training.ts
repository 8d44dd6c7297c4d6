// The names and limits of form fields that both a form in the browser and the schema on the server use. These files
// import no zod: a form that needs a field name does not make the browser download the whole validation library.
// One file per area: the browser gets the whole module a form imports from, not only the constant it uses.

/** The field of one participant's attendance at a training session. */
export const attendanceField = (participantId: number) => `attendance-${participantId}`;

/** The field of one statement of the impact scan. */
export const statementField = (key: string) => `answer-${key}`;

/** The field of one learning goal's judgement. */
export const judgementField = (goalId: number) => `goal-${goalId}`;
