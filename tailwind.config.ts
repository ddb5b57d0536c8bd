import type { Config } from "tailwindcss";

// Design tokens live in app/globals.css (@theme); this file only tells Tailwind where classes are used.
export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./content/**/*.mdx", "./mdx-components.tsx"],
} satisfies Config;
