import { VisitFields } from "@/components/forms/visit-fields";

/**
 * Hidden inputs every lead form posts: the signed fill-time token, the page it was sent from,
 * where the visit came from, and a honeypot that people never see or reach but form-filling
 * bots tend to complete.
 */
export function FormGuardFields({
  token,
  sourcePage,
  visit,
}: {
  token: string;
  sourcePage: string;
  visit?: { landing: string; referrer: string };
}) {
  return (
    <>
      <VisitFields {...visit} />
      <input type="hidden" name="formToken" value={token} />
      <input type="hidden" name="sourcePage" value={sourcePage} />
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="field-website">Leave this field empty</label>
        <input id="field-website" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </>
  );
}
