/** The outcome of a mutation that can be refused for a reason the user should read next to a field. */
export type MutationResult<T = undefined> =
  | { ok: true; value: T }
  | {
      ok: false;
      error: string;
      field?: string;
      /** Values the message needs, such as the minutes to wait. */
      params?: Record<string, number>;
    };

export const ok = <T>(value: T): MutationResult<T> => ({ ok: true, value });
export const refuse = (error: string, field?: string, params?: Record<string, number>): MutationResult<never> =>
  params ? { ok: false, error, field, params } : { ok: false, error, field };
