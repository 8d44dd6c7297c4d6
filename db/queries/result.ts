/** The outcome of a mutation that can be refused for a reason the user should read next to a field. */
export type MutationResult<T = undefined> = { ok: true; value: T } | { ok: false; error: string; field?: string };

export const ok = <T>(value: T): MutationResult<T> => ({ ok: true, value });
export const refuse = (error: string, field?: string): MutationResult<never> => ({ ok: false, error, field });
