"use client";
// The cards of "Alle getoonde programma's samen", drawn from their texts (PortfolioTotals writes them), so they are
// sent once as HTML and once as these few strings instead of twice as markup.

/** A card: its number, what it counts, and its detail (a line, or a list of lines). */
export type TotalCard = { term: string; value: string; detail: string | string[] | null };

export function TotalsView({ cards }: { cards: TotalCard[] }) {
  return (
    <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {cards.map((card) => (
        <div key={card.term} className="flex flex-col rounded-ik border border-line bg-surface p-4">
          <dt className="font-semibold">{card.term}</dt>
          <dd className="order-first text-3xl font-bold">{card.value}</dd>
          {card.detail ? (
            <dd className="mt-1 text-sm">
              {typeof card.detail === "string" ? (
                card.detail
              ) : (
                <ul>
                  {card.detail.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
