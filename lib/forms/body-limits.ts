/**
 * How much a browser may post. Only the insurance form carries files: two card photos of up
 * to 10 MB each and its text. Everything else fits in 1 MB many times over. The same numbers
 * are in bench/nginx/reverse-proxy.conf, which refuses larger bodies before Node reads them.
 */
const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;
export const UPLOAD_BODY_LIMIT_BYTES = 21 * 1024 * 1024;
/**
 * The insurance form's routes in both languages (lib/i18n/paths.ts); next.config.ts imports
 * this file, so it stays import-free and names them itself.
 */
const UPLOAD_PATHS = new Set(["/verify-insurance", "/es/verificar-seguro"]);
/** Where an oversized post is sent: the page in the language of the form it came from. */
export function tooLargePath(pathname: string): string {
  return pathname === "/es" || pathname.startsWith("/es/") ? "/es/solicitud-demasiado-grande" : "/request-too-large";
}

/** Whether a POST of this size (or of unknown size) to this path is refused. */
export function isTooLarge(pathname: string, contentLength: string | null): boolean {
  const limit = UPLOAD_PATHS.has(pathname) ? UPLOAD_BODY_LIMIT_BYTES : DEFAULT_BODY_LIMIT_BYTES;
  // Browsers always state the size of a form post; one that won't is not a form.
  if (contentLength === null || !/^\d{1,12}$/.test(contentLength)) return true;
  return Number(contentLength) > limit;
}
