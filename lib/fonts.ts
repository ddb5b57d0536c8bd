import localFont from "next/font/local";

// Self-hosted from npm: a remote font request would tell a third party who reads this site.
export const sourceSans = localFont({
  src: "../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2",
  weight: "200 900",
  style: "normal",
  // "swap" moved the header when the font arrived after first paint (Lighthouse saw a 0.015
  // layout shift). "optional" uses the preloaded font if it is there in time and otherwise keeps
  // the size-matched fallback for that page view: text never waits, and nothing moves.
  display: "optional",
  variable: "--font-source-sans",
});
