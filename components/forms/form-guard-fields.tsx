import { useFormWords } from "@/components/forms/form-words";
import { VisitFields } from "@/components/forms/visit-fields";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Hidden inputs every lead form posts: the signed fill-time token, the page it was sent from,
 * where the visit came from, the language it was filled in (stored with the lead, so
 * admissions knows to call back in Spanish), and a honeypot that people never see or reach
 * but form-filling bots tend to complete.
 */
export function FormGuardFields({
  token,
  sourcePage,
  language,
  visit,
}: {
  token: string;
  sourcePage: string;
  language: Locale;
  visit?: { landing: string; referrer: string };
}) {
  return (
    <>
      <input type="hidden" name="language" value={language} />
      <VisitFields {...visit} />
      <input type="hidden" name="formToken" value={token} />
      <input type="hidden" name="sourcePage" value={sourcePage} />
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="field-website">{useFormWords().words.honeypot}</label>
        <input id="field-website" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </>
  );
}
