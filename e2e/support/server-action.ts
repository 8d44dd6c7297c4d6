import { type APIRequestContext, type APIResponse, expect, type Page } from "@playwright/test";

export type CapturedAction = { url: string; headers: Record<string, string>; body: Buffer };

/**
 * Lets the browser submit a form and catches the server-action POST before it reaches the server, so a test can
 * send exactly that request again with someone else's session: the same call an attacker could make.
 */
export async function captureServerAction(page: Page, submit: () => Promise<void>): Promise<CapturedAction> {
  let captured: CapturedAction | undefined;
  await page.route("**/*", async (route, request) => {
    const headers = request.headers();
    if (request.method() === "POST" && headers["next-action"] && !captured) {
      captured = { url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) };
      await route.abort();
      return;
    }
    await route.continue();
  });
  await submit();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unroute("**/*");
  return captured as CapturedAction;
}

export async function replayServerAction(request: APIRequestContext, action: CapturedAction) {
  const keep = ["next-action", "content-type", "next-router-state-tree", "accept"];
  const headers = Object.fromEntries(Object.entries(action.headers).filter(([key]) => keep.includes(key)));
  return request.post(action.url, { headers, data: action.body, maxRedirects: 0 });
}

/**
 * The answer to a replay that must be refused did not send the caller on as a success does (an HTTP redirect, or the
 * `x-action-redirect` of a server action). Whether the refusal itself is an error status or a message in the form is
 * not asserted here: the test proves the refusal by what did not change.
 */
export function expectNoSuccessRedirect(response: APIResponse, label = "the refused replay") {
  expect(response.headers()["x-action-redirect"], `${label} redirects`).toBeUndefined();
  expect(response.status() >= 300 && response.status() < 400, `${label} redirects`).toBe(false);
}
