import Link from "next/link";
import { CrisisNotice } from "@/components/crisis/crisis-help";
import { AdmissionsHoursText } from "@/components/layout/admissions-hours-text";
import { center } from "@/lib/center/schema";
import { loadAllPageMeta } from "@/lib/content";
import { pageSections } from "@/lib/content-schema";
import { formLinks, sectionExtraLinks, sectionLabels } from "@/lib/navigation";
import { formatUsPhone, telHref } from "@/lib/phone";

export function SiteFooter() {
  const pages = loadAllPageMeta();
  const { address, phones } = center;
  return (
    <footer className="mt-16 border-t border-line bg-brand-900 text-brand-50 [&_a:focus-visible]:outline-white">
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 md:grid-cols-[1.3fr_2fr]">
        <div className="space-y-4">
          <p className="text-lg font-bold text-white">{center.name}</p>
          <address className="not-italic">
            {address.street}
            {address.unit ? `, ${address.unit}` : null}
            <br />
            {address.city}, {address.region} {address.postalCode}
          </address>
          <p>
            Admissions, 24 hours a day:{" "}
            <a href={telHref(phones.admissions)} className="font-semibold text-white underline">
              {formatUsPhone(phones.admissions)}
            </a>
            <br />
            Call requests returned: <AdmissionsHoursText />
          </p>
          <p className="flex flex-wrap gap-x-4 gap-y-1">
            <Link href={formLinks.requestCall.href} className="text-white underline">
              {formLinks.requestCall.label}
            </Link>
            <Link href={formLinks.verifyInsurance.href} className="text-white underline">
              {formLinks.verifyInsurance.label}
            </Link>
          </p>
        </div>
        <nav aria-label="Site" className="no-print grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
          {pageSections.map((section) => (
            <div key={section}>
              <h2 className="text-sm font-bold uppercase tracking-wide text-white">{sectionLabels[section]}</h2>
              <ul className="mt-3 space-y-2">
                {pages
                  .filter((page) => page.meta.section === section)
                  .map((page) => ({ href: `/${page.slug}`, label: page.meta.navLabel }))
                  .concat(sectionExtraLinks[section] ?? [])
                  .map((link) => (
                    <li key={link.href}>
                      <Link href={link.href} className="text-brand-50 underline-offset-4 hover:underline">
                        {link.label}
                      </Link>
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </nav>
      </div>
      <div className="border-t border-brand-800">
        <div className="mx-auto max-w-6xl space-y-2 px-4 py-6 text-sm">
          <p>
            Licensed by the {center.license.agency}, license {center.license.number}.{" "}
            {center.accreditations.length > 0 ? `Accreditation: ${center.accreditations.join(", ")}.` : null}
          </p>
          <p>This website gives general information, not medical advice or a diagnosis.</p>
          <CrisisNotice variant="line" />
          <p>
            © {new Date().getFullYear()} {center.name}
            {center.social.map((s) => (
              <span key={s.href}>
                {" · "}
                <a href={s.href} className="underline" rel="noopener noreferrer">
                  {s.label}
                </a>
              </span>
            ))}
          </p>
        </div>
      </div>
    </footer>
  );
}
