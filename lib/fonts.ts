import localFont from "next/font/local";

// Self-hosted from npm: a remote font request would tell a third party who reads this site.
export const sourceSans = localFont({
  src: "../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2",
  weight: "200 900",
  style: "normal",
  display: "swap",
  variable: "--font-source-sans",
});
