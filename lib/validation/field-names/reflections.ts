// The names and limits of form fields that both a form in the browser and the schema on the server use. These files
// import no zod: a form that needs a field name does not make the browser download the whole validation library.
// One file per area: the browser gets the whole module a form imports from, not only the constant it uses.

/** The questions a reflection session answers, in the order of the form. */
export const REFLECTION_PROMPTS = ["planned", "happened", "learned", "change"] as const;
export type ReflectionPrompt = (typeof REFLECTION_PROMPTS)[number];
