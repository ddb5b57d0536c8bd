import Link from "next/link";
import { formLinks, primaryNav } from "@/lib/navigation";

/** A <details> disclosure, so the menu opens with or without JavaScript. */
export function MobileMenu() {
  const links = [...primaryNav, formLinks.requestCall, formLinks.verifyInsurance, { href: "/faq", label: "FAQ" }];
  return (
    <details className="no-print group w-full lg:hidden">
      <summary className="btn-secondary w-full cursor-pointer list-none [&::-webkit-details-marker]:hidden">
        <span className="group-open:hidden">Menu</span>
        <span className="hidden group-open:inline">Close menu</span>
      </summary>
      <nav aria-label="Main">
        <ul className="mt-2 divide-y divide-line rounded-lg border border-line bg-white">
          {links.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="block px-4 py-3 font-medium text-ink no-underline hover:bg-brand-50">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
