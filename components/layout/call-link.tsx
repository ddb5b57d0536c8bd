import { center } from "@/lib/center/schema";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { formatUsPhone, telHref } from "@/lib/phone";

type CallLinkProps = { className?: string; label?: string };

/** The 24/7 admissions number as a tel: link, with the number always visible. */
export function CallLink({ className = "btn-primary", label }: CallLinkProps) {
  const number = formatUsPhone(center.phones.admissions);
  return (
    <a href={telHref(center.phones.admissions)} className={className}>
      <PhoneIcon />
      <span>
        {label ?? translator(getRequestLocale(), "frame")("call247")}{" "}
        <span className="whitespace-nowrap">{number}</span>
      </span>
    </a>
  );
}

function PhoneIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 shrink-0" fill="currentColor">
      <path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z" />
    </svg>
  );
}
