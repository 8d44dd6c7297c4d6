"use client";
// When even the frame of every page fails, Next.js shows this instead of its built-in page (whose inline style element
// the Content-Security-Policy blocks). The translations load in that frame, so the two short texts are here, in the
// language the browser asks for: Dutch unless it asks for English.
import { useEffect, useState } from "react";
import "./globals.css";

const TEXT = {
  nl: {
    title: "Er ging iets mis",
    text: "Impactkoers kon deze pagina niet tonen. Wat u hebt opgeslagen, is bewaard. Probeer het opnieuw.",
    again: "Opnieuw proberen",
    home: "Naar de startpagina",
  },
  en: {
    title: "Something went wrong",
    text: "Impactkoers could not show this page. What you saved is kept. Please try again.",
    again: "Try again",
    home: "To the home page",
  },
};

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [lang, setLang] = useState<"nl" | "en">("nl");
  useEffect(() => setLang(navigator.language.toLowerCase().startsWith("en") ? "en" : "nl"), []);
  const t = TEXT[lang];
  return (
    <html lang={lang}>
      <body className="min-h-screen bg-page text-ink antialiased">
        <main className="mx-auto max-w-2xl p-6">
          <h1 className="text-3xl">{t.title}</h1>
          <p className="mt-3">{t.text}</p>
          <p className="mt-4 flex flex-wrap gap-4">
            <button type="button" onClick={reset} className="min-h-11 font-semibold text-link underline">
              {t.again}
            </button>
            {/* A full load, not a client navigation: the frame itself has to be built again. */}
            <a href="/" className="inline-flex min-h-11 items-center font-semibold text-link underline">
              {t.home}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
