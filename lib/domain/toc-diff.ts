// What changed in a theory of change between two versions: for the before/after view of a course correction.
export type TocSnapshot = {
  elements: { id: number; level: string; title: string }[];
  links: { fromElementId: number; toElementId: number }[];
};

export type TocDiff = {
  added: TocSnapshot["elements"];
  removed: TocSnapshot["elements"];
  renamed: { id: number; level: string; before: string; after: string }[];
  linksAdded: { from: string; to: string }[];
  linksRemoved: { from: string; to: string }[];
};

const linkKey = (link: { fromElementId: number; toElementId: number }) => `${link.fromElementId}>${link.toElementId}`;

export function diffToc(before: TocSnapshot, after: TocSnapshot): TocDiff {
  const beforeById = new Map(before.elements.map((e) => [e.id, e]));
  const afterById = new Map(after.elements.map((e) => [e.id, e]));
  const title = (id: number) => afterById.get(id)?.title ?? beforeById.get(id)?.title ?? String(id);
  const beforeLinks = new Set(before.links.map(linkKey));
  const afterLinks = new Set(after.links.map(linkKey));
  return {
    added: after.elements.filter((e) => !beforeById.has(e.id)),
    removed: before.elements.filter((e) => !afterById.has(e.id)),
    renamed: after.elements.flatMap((e) => {
      const old = beforeById.get(e.id);
      return old && old.title !== e.title ? [{ id: e.id, level: e.level, before: old.title, after: e.title }] : [];
    }),
    linksAdded: after.links
      .filter((l) => !beforeLinks.has(linkKey(l)))
      .map((l) => ({ from: title(l.fromElementId), to: title(l.toElementId) })),
    linksRemoved: before.links
      .filter((l) => !afterLinks.has(linkKey(l)))
      .map((l) => ({ from: title(l.fromElementId), to: title(l.toElementId) })),
  };
}

export function isEmptyDiff(diff: TocDiff): boolean {
  return Object.values(diff).every((list) => list.length === 0);
}
