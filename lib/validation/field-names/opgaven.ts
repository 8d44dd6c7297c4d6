// The names and limits of form fields that both a form in the browser and the schema on the server use. These files
// import no zod: a form that needs a field name does not make the browser download the whole validation library.
// One file per area: the browser gets the whole module a form imports from, not only the constant it uses.

/** The field of a ranking form that holds one opgave's place: "item_<id>". */
export const RANK_FIELD_PREFIX = "item_";
