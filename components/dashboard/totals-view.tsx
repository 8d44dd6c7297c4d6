"use client";
// The cards of "Alle getoonde programma's samen", drawn from their texts (PortfolioTotals writes them), so they are
// sent once as HTML and once as these few strings instead of twice as markup.

/** A card: its number, what it counts, and its detail (a line, or a list of lines). */
export type TotalCard = { term: string; value: string; detail: string | string[] | null };

/** The look of the cards is set once on the list: the number (the first dd) above its term, the detail after. */
export function TotalsView({ cards }: { cards: TotalCard[] }) {
  return (
    <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 [&>div]:flex [&>div]:flex-col [&>div]:rounded-ik [&>div]:border [&>div]:border-line [&>div]:bg-surface [&>div]:p-4 [&_dt]:font-semibold [&_dd]:order-first [&_dd]:text-3xl [&_dd]:font-bold [&_dd+dd]:order-none [&_dd+dd]:mt-1 [&_dd+dd]:text-sm [&_dd+dd]:font-normal">
      {cards.map((card) => (
        <div key={card.term}>
          <dt>{card.term}</dt>
          <dd>{card.value}</dd>
          {card.detail ? (
            <dd>
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
