// Client components get only the messages of their part of the app. All messages together are about 100 kB; sending
// them with every page would weigh more than most pages themselves.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

type Tree = { [key: string]: string | Tree };

/** The messages at these paths ("programmes.theory"), with their parents, and nothing else. */
export function pickMessages(all: Tree, paths: readonly string[]): Tree {
  const picked: Tree = {};
  for (const path of paths) {
    const keys = path.split(".");
    let from: Tree | string | undefined = all;
    let to = picked;
    keys.forEach((key, index) => {
      from = typeof from === "object" ? from[key] : undefined;
      if (from === undefined) return;
      if (index === keys.length - 1) to[key] = from;
      else {
        const next = typeof to[key] === "object" ? to[key] : {};
        to[key] = next;
        to = next;
      }
    });
  }
  return picked;
}

/** The messages a part of the app (a layout) needs in the browser; see lib/i18n/client-namespaces.ts. */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const all = (await getMessages()) as Tree;
  return <NextIntlClientProvider messages={pickMessages(all, namespaces)}>{children}</NextIntlClientProvider>;
}
