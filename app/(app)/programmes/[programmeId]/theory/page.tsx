import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { HelpLink } from "@/components/about/help-link";
import { tocElementOptions } from "@/components/programmes/element-options";
import { TocDiagram } from "@/components/programmes/toc-diagram";
import { TocElementForm, TocLinkForm } from "@/components/programmes/toc-forms";
import { ActionButton } from "@/components/ui/action-button";
import { getProgramme } from "@/db/queries/programmes";
import { getTheoryOfChange } from "@/db/queries/theory-of-change";
import { idParam, orNotFound } from "@/lib/auth/guard";
import { TOC_LEVELS, type TocLevel } from "@/lib/domain/constants";
import { removeTocElementAction, removeTocLinkAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.theory");
  return { title: t("title") };
}

export default async function TheoryPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const programmeId = idParam((await params).programmeId);
  const [programme, toc, t, levels] = await Promise.all([
    orNotFound(getProgramme({ programmeId })),
    orNotFound(getTheoryOfChange({ programmeId })),
    getTranslations("programmes.theory"),
    getTranslations("programmes.levels"),
  ]);
  const editable = programme.access.edit;
  const byId = new Map(toc.elements.map((e) => [e.id, e]));
  const levelNames = Object.fromEntries(TOC_LEVELS.map((l) => [l, levels(l)])) as Record<TocLevel, string>;
  const elementOptions = await tocElementOptions(programmeId);

  return (
    <>
      <h2 className="text-2xl">{t("title")}</h2>
      <p className="mt-1 mb-4 max-w-3xl">{t("intro")}</p>
      <HelpLink topic="programma" below />
      {toc.elements.length === 0 ? (
        <p className="mb-6 rounded-ik bg-info-surface p-4">{editable ? t("emptyEditable") : t("empty")}</p>
      ) : (
        <>
          <TocDiagram
            elements={toc.elements}
            links={toc.links}
            levelNames={levelNames}
            label={t("diagramLabel", { elements: toc.elements.length, links: toc.links.length })}
          />
          <p className="mt-2 text-sm text-muted">{t("diagramNote")}</p>
        </>
      )}

      <section aria-labelledby="toc-list-title" className="mt-8">
        <h3 id="toc-list-title" className="text-xl">
          {t("listTitle")}
        </h3>
        <div className="mt-3 grid gap-6 lg:grid-cols-2">
          {TOC_LEVELS.map((level) => {
            const items = toc.elements.filter((e) => e.level === level);
            return (
              <section key={level} aria-labelledby={`level-${level}`}>
                <h4 id={`level-${level}`} className="text-lg font-bold">
                  {levels(level)} <span className="font-normal text-muted">({items.length})</span>
                </h4>
                {items.length === 0 ? <p className="text-sm text-muted">{t("noneOnLevel")}</p> : null}
                <ul className="mt-2 flex flex-col gap-3">
                  {items.map((element) => {
                    const outgoing = toc.links.filter((l) => l.fromElementId === element.id);
                    const incoming = toc.links.filter((l) => l.toElementId === element.id);
                    return (
                      <li key={element.id} id={`element-${element.id}`} className="rounded-ik border border-line p-3">
                        <p className="font-semibold">{element.title}</p>
                        {element.description ? <p className="text-sm">{element.description}</p> : null}
                        {outgoing.length > 0 ? (
                          <div className="mt-2 text-sm">
                            <p className="font-semibold">{t("leadsTo")}</p>
                            <ul className="list-disc pl-5">
                              {outgoing.map((link) => (
                                <li key={link.id} className="flex flex-wrap items-center gap-2">
                                  <span>{byId.get(link.toElementId)?.title}</span>
                                  {editable ? (
                                    <ActionButton
                                      action={removeTocLinkAction.bind(null, programmeId, link.id)}
                                      label={
                                        <>
                                          {t("removeLink")}
                                          <span className="sr-only">
                                            : {element.title} → {byId.get(link.toElementId)?.title}
                                          </span>
                                        </>
                                      }
                                      pendingLabel={t("removing")}
                                    />
                                  ) : null}
                                </li>
                              ))}
                            </ul>
                          </div>
                        ) : null}
                        {incoming.length > 0 ? (
                          <p className="mt-1 text-sm">
                            <span className="font-semibold">{t("followsFrom")}</span>{" "}
                            {incoming.map((l) => byId.get(l.fromElementId)?.title).join("; ")}
                          </p>
                        ) : null}
                        {editable ? (
                          <details className="mt-2">
                            <summary className="cursor-pointer text-sm font-semibold text-link">
                              {t("editElement")}
                              <span className="sr-only">: {element.title}</span>
                            </summary>
                            <div className="mt-3 flex flex-col gap-4">
                              <TocElementForm programmeId={programmeId} element={element} idPrefix={`e${element.id}`} />
                              <ActionButton
                                action={removeTocElementAction.bind(null, programmeId, element.id)}
                                label={
                                  <>
                                    {t("removeElement")}
                                    <span className="sr-only">: {element.title}</span>
                                  </>
                                }
                                pendingLabel={t("removing")}
                                variant="danger"
                              />
                            </div>
                          </details>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </div>
      </section>

      {editable ? (
        <div className="mt-10 grid gap-8 border-t border-line pt-6 lg:grid-cols-2">
          <section aria-labelledby="add-element-title">
            <h3 id="add-element-title" className="mb-3 text-xl">
              {t("addElementTitle")}
            </h3>
            <TocElementForm programmeId={programmeId} />
          </section>
          <section aria-labelledby="add-link-title">
            <h3 id="add-link-title" className="mb-3 text-xl">
              {t("addLinkTitle")}
            </h3>
            {toc.elements.length >= 2 ? (
              <TocLinkForm programmeId={programmeId} elements={elementOptions} />
            ) : (
              <p>{t("linkNeedsTwo")}</p>
            )}
          </section>
        </div>
      ) : null}
    </>
  );
}
