// The keys of a group of messages, for a page that lists whatever lines its texts hold (the steps of a help topic,
// the rows of the privacy table). `t.raw` cannot give them: the messages are compiled when the app is built
// (next.config.mjs), and next-intl does not offer `t.raw` on compiled messages.

/** The keys under `path` ("help.topics.measure.steps") in the order of the messages file; none when it is no group. */
export function messageKeys(messages: unknown, path: string): string[] {
  const node = path
    .split(".")
    .reduce<unknown>(
      (parent, key) => (parent && typeof parent === "object" ? (parent as Record<string, unknown>)[key] : undefined),
      messages,
    );
  return node && typeof node === "object" && !Array.isArray(node) ? Object.keys(node) : [];
}
