import type nav from "@/messages/en/nav.json";

/** `key` names the label in the "nav" messages; `label` is the English, for English-only code. */
export type NavLink = { href: string; label: string; key: keyof typeof nav };

export const primaryNav: NavLink[] = [
  { href: "/what-is-iop", label: "What is IOP", key: "whatIsIop" },
  { href: "/is-iop-right-for-me", label: "Is it right for me?", key: "isItRight" },
  { href: "/our-program", label: "Our program", key: "ourProgram" },
  { href: "/insurance-and-cost", label: "Insurance", key: "insurance" },
  { href: "/for-families", label: "For families", key: "forFamilies" },
  { href: "/contact", label: "Contact", key: "contact" },
];

export const formLinks = {
  requestCall: { href: "/request-a-call", label: "Request a call", key: "requestCall" },
  verifyInsurance: { href: "/verify-insurance", label: "Verify insurance", key: "verifyInsurance" },
} as const satisfies Record<string, NavLink>;

/** The self-check's own page; content pages embed the same check. */
export const selfCheckLink = {
  href: "/self-check",
  label: "Is IOP a fit? Self-check",
  key: "selfCheck",
} as const satisfies NavLink;

/** Pages outside content/ that the footer lists under a section, after its content pages. */
export const sectionExtraLinks: Partial<Record<keyof typeof sectionLabels, NavLink[]>> = {
  support: [{ href: "/articles", label: "Articles", key: "articles" }],
};

export const sectionLabels = {
  program: "About IOP",
  "getting-started": "Getting started",
  support: "Help and support",
  about: "About us",
} as const;
