import type { Config } from "tailwindcss";
import { brandColors } from "./lib/brand";

// The colours come from lib/brand.ts, which the social cards and icons use too; other tokens
// live in app/globals.css (@theme).
export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./content/**/*.mdx", "./mdx-components.tsx"],
  theme: { extend: { colors: brandColors } },
} satisfies Config;
