import * as z from "zod/mini";
import type { FieldText } from "@/lib/forms/field-text";
import { normalizeUsPhone } from "@/lib/phone";

/**
 * Field builders shared by both forms. Built on zod/mini because these schemas ship in the
 * form's client bundle. Each field reports at most one message (the first problem found),
 * and none of them aborts parsing, so the cross-field checks of a form still run and the
 * visitor sees every problem at once.
 */

const NAME_CHARS = /^[\p{L}\p{M} '’.-]*$/u;
const LETTER = /\p{L}/u;
const CARD_ID_CHARS = /^[A-Za-z0-9 -]*$/;
const CONTROL = /\p{Cc}/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Bidirectional overrides can make a note read differently in the admissions email. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const CONTROL_EXCEPT_NEWLINE_TAB = /[^\P{Cc}\n\t]/gu;

type Problem = (value: string) => string | undefined;

/** One message per field: the first problem the rule finds. */
function rule(problem: Problem) {
  return z.superRefine<string>((value, ctx) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: "custom", message, input: value });
  });
}

function text(required: string, problem: Problem) {
  return z.string({ error: required }).check(
    z.trim(),
    rule((v) => (v === "" ? required : problem(v))),
  );
}

/** Form inputs post "" for a blank field; an optional field treats that as not given. */
function blankToUndefined(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function optional<T extends z.core.$ZodType<unknown, string>>(inner: T, wrongType: string) {
  return z.pipe(z.pipe(z.optional(z.string({ error: wrongType })), z.transform(blankToUndefined)), z.optional(inner));
}

export function personName(ft: FieldText, what: string) {
  return z.string({ error: ft.enter(what) }).check(
    z.normalize("NFC"),
    z.trim(),
    rule((v) => {
      if (v === "") return ft.enter(what);
      if (v.length > 100) return ft.shorten(what, 100);
      if (!NAME_CHARS.test(v) || !LETTER.test(v)) return ft.nameChars(what);
      return undefined;
    }),
  );
}

export function usPhone(ft: FieldText) {
  return z.pipe(
    z.string({ error: ft.phone.missing }).check(z.trim()),
    z.transform((value: string, ctx) => {
      const phone = value.length <= 30 ? normalizeUsPhone(value) : null;
      if (phone) return phone;
      const digits = value.replace(/\D/g, "");
      const message =
        value === ""
          ? ft.phone.missing
          : /[^\d\s().+-]/.test(value)
            ? ft.phone.chars
            : digits.length === 7
              ? ft.phone.areaCode
              : ft.phone.check;
      ctx.issues.push({ code: "custom", message, input: value });
      return z.NEVER;
    }),
  );
}

export function optionalEmail(ft: FieldText) {
  const message = ft.email;
  return optional(z.email({ error: message }).check(z.maxLength(254, message)), message);
}

/** Free text keeps line breaks and tabs; other control characters are dropped silently. */
export function optionalNote(ft: FieldText, what: string, max = 1000) {
  return optional(
    z.string().check(
      z.overwrite((v) =>
        v.replace(/\r\n?/g, "\n").replace(CONTROL_EXCEPT_NEWLINE_TAB, "").replace(BIDI_CONTROLS, "").trim(),
      ),
      z.maxLength(max, ft.shorten(what, max)),
    ),
    ft.asText(what),
  );
}

/** Required one-line text; CR/LF (and every other control character) is refused. */
export function singleLine(ft: FieldText, what: string, max: number) {
  return text(ft.enter(what), (v) => {
    if (CONTROL.test(v)) return ft.oneLine(what);
    if (v.length > max) return ft.shorten(what, max);
    return undefined;
  });
}

/** Insurance member and group numbers as printed on a card. */
export function cardId(ft: FieldText, what: string, min: number, max: number) {
  return text(ft.fromCard(what), (v) => {
    if (!CARD_ID_CHARS.test(v)) return ft.cardChars(what);
    if (v.length < min || v.length > max) return ft.cardLength(what, min, max);
    return undefined;
  });
}

export function choice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { error: message });
}

export function consent(message: string) {
  return z.boolean({ error: message }).check(z.refine((v) => v, message));
}

export function flag(message: string) {
  return z.boolean({ error: message });
}

/** A YYYY-MM-DD date of birth (what a date input posts): a real date, in the past, age ≤ 120. */
export function dateOfBirth(ft: FieldText, what: string) {
  return text(ft.enter(what), (v) => dateOfBirthProblem(ft, v, what, new Date()));
}

function dateOfBirthProblem(ft: FieldText, value: string, what: string, now: Date): string | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return ft.dateFormat(what);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return ft.noSuchDate(what);
  }
  const [nowYear, nowMonth, nowDay] = [now.getFullYear(), now.getMonth() + 1, now.getDate()];
  const beforeBirthday = nowMonth < month || (nowMonth === month && nowDay < day);
  const today = nowYear * 10_000 + nowMonth * 100 + nowDay;
  if (year * 10_000 + month * 100 + day >= today) return ft.inPast(what);
  if (nowYear - year - (beforeBirthday ? 1 : 0) > 120) return ft.year(what);
  return undefined;
}

/**
 * A check across fields that runs even when single fields failed (zod skips object checks
 * after a failed field by default), so conditional "required" messages show up together
 * with the rest. The callback sees unvalidated values: compare, never trust.
 */
export function crossField<T>(fn: (values: T, report: (path: keyof T & string, message: string) => void) => void) {
  return z.superRefine<T>(
    (values, ctx) =>
      fn(values, (path, message) => ctx.addIssue({ code: "custom", path: [path], message, input: values[path] })),
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );
}
