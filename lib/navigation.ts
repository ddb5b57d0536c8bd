export type NavLink = { href: string; label: string };

export const primaryNav: NavLink[] = [
  { href: "/what-is-iop", label: "What is IOP" },
  { href: "/is-iop-right-for-me", label: "Is it right for me?" },
  { href: "/our-program", label: "Our program" },
  { href: "/insurance-and-cost", label: "Insurance" },
  { href: "/for-families", label: "For families" },
  { href: "/contact", label: "Contact" },
];

export const formLinks = {
  requestCall: { href: "/request-a-call", label: "Request a call" },
  verifyInsurance: { href: "/verify-insurance", label: "Verify insurance" },
} as const;

/** The self-check's own page; content pages embed the same check. */
export const selfCheckLink = { href: "/self-check", label: "Is IOP a fit? Self-check" } as const satisfies NavLink;

/** Pages built in app/ rather than content/ that people can land on: listed in the sitemap. */
export const standalonePages: NavLink[] = [formLinks.requestCall, formLinks.verifyInsurance, selfCheckLink];

/** Pages outside content/ that the footer lists under a section, after its content pages. */
export const sectionExtraLinks: Partial<Record<keyof typeof sectionLabels, NavLink[]>> = {
  support: [{ href: "/articles", label: "Articles" }],
};

export const sectionLabels = {
  program: "About IOP",
  "getting-started": "Getting started",
  support: "Help and support",
  about: "About us",
} as const;
