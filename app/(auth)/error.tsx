"use client";
// The same message as inside the app, within the sign-in page's own frame. Without it an error here would fall
// through to Next.js's built-in error page, whose inline style element the Content-Security-Policy blocks.
export { default } from "../(app)/error";
