// How the command-line tools (audit:verify, backup, restore) report the audit trail's chains, in Dutch.
import type { ChainBreak, NamedReport } from "../db/audit-verify";

const time = (ms: number | null) =>
  ms === null
    ? "tijd onbekend"
    : new Date(ms).toLocaleString("nl-NL", { timeZone: "Europe/Amsterdam", dateStyle: "long", timeStyle: "medium" });

/** What is wrong at the event where a chain breaks. */
export function describeBreak(broken: ChainBreak): string {
  switch (broken.kind) {
    case "changed":
      return "de inhoud is veranderd nadat de gebeurtenis is vastgelegd";
    case "backdated":
      return "de gebeurtenis is veranderd en ligt nu vóór de gebeurtenis ervoor (teruggedateerd)";
    case "missing":
      return `er ontbreekt een gebeurtenis vóór deze (volgnummer ${broken.expectedSequence} is weg)`;
    case "reordered":
      return `de gebeurtenis staat niet meer op de plaats waar ze is vastgelegd (volgorde veranderd, volgnummer ${broken.expectedSequence} verwacht)`;
    case "relinked":
      return `de gebeurtenis ervoor${broken.previousId ? ` (nr. ${broken.previousId})` : ""} is vervangen door een andere`;
    case "unhashed":
      return "de gebeurtenis is buiten Impactkoers toegevoegd (zonder hash)";
    case "anchor":
      return "de laatste gebeurtenis die een eerdere controle zag, ontbreekt of is veranderd (gebeurtenissen aan het eind verwijderd of herschreven)";
  }
}

const events = (n: number) => `${n} ${n === 1 ? "gebeurtenis" : "gebeurtenissen"}`;

/** One line per chain; returns true when every chain is intact. */
export function printChains(chains: NamedReport[], indent = "  "): boolean {
  if (chains.length === 0) console.log(`${indent}Het logboek is nog leeg.`);
  for (const chain of chains) {
    const who = chain.organisationId === null ? "Zonder gemeente" : (chain.name ?? `Gemeente ${chain.organisationId}`);
    if (!chain.broken) {
      console.log(`${indent}${who}: keten intact (${events(chain.events)})`);
    } else {
      const { id, createdAt } = chain.broken;
      console.error(
        `${indent}${who}: KETEN VERBROKEN bij gebeurtenis ${id} (${time(createdAt)}): ${describeBreak(chain.broken)}. (${events(chain.events)} in deze keten)`,
      );
    }
  }
  return chains.every((chain) => chain.broken === null);
}
