/**
 * How much a browser may post. Only the insurance form carries files: two card photos of up
 * to 10 MB each and its text. Everything else fits in 1 MB many times over. The same numbers
 * are in bench/nginx/reverse-proxy.conf, which refuses larger bodies before Node reads them.
 */
const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;
export const UPLOAD_BODY_LIMIT_BYTES = 21 * 1024 * 1024;
/** The insurance form's route (app/verify-insurance); next.config.ts imports this file, so it stays import-free. */
const UPLOAD_PATH = "/verify-insurance";
export const TOO_LARGE_PATH = "/request-too-large";

/** Whether a POST of this size (or of unknown size) to this path is refused. */
export function isTooLarge(pathname: string, contentLength: string | null): boolean {
  const limit = pathname === UPLOAD_PATH ? UPLOAD_BODY_LIMIT_BYTES : DEFAULT_BODY_LIMIT_BYTES;
  // Browsers always state the size of a form post; one that won't is not a form.
  if (contentLength === null || !/^\d{1,12}$/.test(contentLength)) return true;
  return Number(contentLength) > limit;
}
