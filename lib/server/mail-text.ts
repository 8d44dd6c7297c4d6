// The e-mails of notifications, as plain text in the reader's language: one notification, or the daily summary.
// Written when the e-mail is queued, outside any request, so the messages are read here and not through next-intl's
// request configuration.
import { type AbstractIntlMessages, createTranslator } from "use-intl/core";
import en from "../../messages/en.json";
import nl from "../../messages/nl.json";
import type { Locale, NotificationKind } from "../domain/constants";
import { type NotificationParams, notificationSentence, subjectLine } from "../domain/notifications";
import { INTL_LOCALE } from "../i18n/settings";

export type MailText = { subject: string; text: string };

export type MailNotification = {
  kind: NotificationKind;
  params: NotificationParams;
  /** The absolute address that opens the notification. */
  link: string;
  gemeente: string;
};

/** At most this many notifications are written out in one summary; the rest is counted. */
export const SUMMARY_LIMIT = 50;

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();

function formatDay(locale: Locale, day: string) {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    dayFormats.set(locale, format);
  }
  // Noon UTC is the same calendar day everywhere the readers are.
  return format.format(new Date(`${day}T12:00:00Z`));
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

function translator(locale: Locale): Translate {
  const messages: AbstractIntlMessages = locale === "en" ? en : nl;
  return createTranslator({ locale, messages, namespace: "notifications" }) as unknown as Translate;
}

function sentence(locale: Locale, item: Pick<MailNotification, "kind" | "params">) {
  return notificationSentence(translator(locale), item.kind, item.params, (day) => formatDay(locale, day), locale);
}

type Recipient = { name: string; locale: Locale };

function frame(locale: Locale, reader: Recipient, body: string[], accountLink: string) {
  const t = translator(locale);
  return [
    t("mail.greeting", { name: reader.name }),
    "",
    ...body,
    "",
    t("mail.closing"),
    "",
    "-- ",
    t("mail.why", { url: accountLink }),
    "",
  ].join("\n");
}

/** The e-mail of one notification, sent right away. */
export function notificationMail(reader: Recipient, item: MailNotification, accountLink: string): MailText {
  const t = translator(reader.locale);
  const text = sentence(reader.locale, item);
  return {
    subject: t("mail.subject", { text: subjectLine(text) }),
    text: frame(
      reader.locale,
      reader,
      [text, t("mail.gemeente", { gemeente: item.gemeente }), "", t("mail.open", { url: item.link })],
      accountLink,
    ),
  };
}

/** The daily summary of what is new for one person, over all their gemeenten, oldest first. */
export function summaryMail(
  reader: Recipient,
  items: MailNotification[],
  links: { all: string; account: string },
): MailText {
  const t = translator(reader.locale);
  const shown = items.slice(0, SUMMARY_LIMIT);
  const body = [t("mail.summaryIntro", { count: items.length }), ""];
  for (const item of shown) {
    body.push(`- ${sentence(reader.locale, item)} (${item.gemeente})`, `  ${item.link}`, "");
  }
  if (items.length > shown.length) body.push(t("mail.summaryMore", { count: items.length - shown.length }), "");
  body.push(t("mail.summaryAll", { url: links.all }));
  return {
    subject: t("mail.summarySubject", { count: items.length }),
    text: frame(reader.locale, reader, body, links.account),
  };
}
