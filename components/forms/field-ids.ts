/** Stable ids that tie a field to its hint and error, for aria-describedby and the error summary's links. */
export function fieldIds(name: string) {
  return { input: `field-${name}`, hint: `field-${name}-hint`, error: `field-${name}-error` };
}

export function describedBy(name: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = fieldIds(name);
  const list = [hasHint ? ids.hint : null, hasError ? ids.error : null].filter(Boolean);
  return list.length ? list.join(" ") : undefined;
}
