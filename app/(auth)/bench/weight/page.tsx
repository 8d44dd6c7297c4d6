// For `npm run bench` only: the sign-in page's frame with as many table rows as asked, and nothing else — no session,
// no data, no logic. Its speed at the size of a measured page is what the framework alone reaches at that size.
// Outside benchmark mode it does not exist.

import { notFound } from "next/navigation";
import Link from "@/components/ui/link";
import { benchMode } from "@/db/client";

const MAX_ROWS = 500;
const COLUMNS = 10;

/** 0, 1, …, count − 1 */
function numbers(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}

export default async function WeightPage({ searchParams }: { searchParams: Promise<{ rijen?: string }> }) {
  if (!benchMode()) notFound();
  const { rijen } = await searchParams;
  const rows = Math.min(MAX_ROWS, Math.max(0, Math.trunc(Number(rijen) || 0)));
  return (
    <section aria-labelledby="weight-title" className="flex flex-col gap-5">
      <h1 id="weight-title" className="text-3xl">
        Ijkpagina
      </h1>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{rows} rijen</caption>
        <tbody>
          {numbers(rows).map((row) => (
            <tr key={row}>
              {numbers(COLUMNS).map((column) => (
                <td key={column} className="border-b border-line px-3 py-2 align-top text-sm whitespace-nowrap">
                  <Link href={`/programmes/${row}?kolom=${column}`} className="font-semibold underline-offset-2">
                    {row * COLUMNS + column}
                  </Link>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
