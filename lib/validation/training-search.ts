// The search parameters of the training lists: the page number, and the track and moment a scan starts from.
import { z } from "zod";
import { SCAN_MOMENTS } from "../domain/training";

export type ListSearch = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** ?pagina=2; anything else is the first page. */
export function parsePage(search: ListSearch): number {
  return z.coerce.number().int().min(1).max(1_000_000).catch(1).parse(first(search.pagina));
}

/** ?traject=3&moment=begin&partner=2: where the scan form starts from; a value that does not hold is left out. */
export function parseScanStart(search: ListSearch) {
  const id = z.coerce.number().int().positive().optional().catch(undefined);
  return {
    trackId: id.parse(first(search.traject)),
    moment: z
      .enum(SCAN_MOMENTS)
      .catch("tussendoor")
      .parse(first(search.moment) ?? "tussendoor"),
    partnerId: id.parse(first(search.partner)),
  };
}
