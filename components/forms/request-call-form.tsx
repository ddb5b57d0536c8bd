"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { BestTimeField, VoicemailField } from "@/components/forms/call-back-fields";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { ContactFields } from "@/components/forms/contact-fields";
import { FormGuardFields } from "@/components/forms/form-guard-fields";
import { LeadFormFrame } from "@/components/forms/lead-form-frame";
import { toOptions } from "@/components/forms/options";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useLeadForm, type LeadAction } from "@/components/forms/use-lead-form";
import { fill, FormWordsProvider, useFormWords, type FormWords } from "@/components/forms/form-words";
import { relationships, subjects, yesNo } from "@/lib/forms/choices";
import type { Locale } from "@/lib/i18n/locales";
import { requestCallFields } from "@/lib/forms/request-call-fields";

const schemaLoaders = {
  en: () => import("@/lib/forms/request-call").then((module) => module.requestCallSchemaFor("en")),
  es: () => import("@/lib/forms/request-call").then((module) => module.requestCallSchemaFor("es")),
} satisfies Record<Locale, unknown>;

type RequestCallFormProps = {
  action: LeadAction;
  token: string;
  sourcePage: string;
  /** Where the visit came from, as the server saw it (lib/leads/visit.ts). */
  visit?: { landing: string; referrer: string };
  centerName: string;
  timeZoneLabel: string;
  /** Text to start the note with, e.g. a summary the visitor chose to send; they can edit it. */
  initialNote?: string;
  locale?: Locale;
  /** The "forms" messages in `locale`. */
  words: FormWords;
};

export function RequestCallForm({ locale = "en", words, ...props }: RequestCallFormProps) {
  return (
    <FormWordsProvider words={words} locale={locale}>
      <RequestCallFields {...props} />
    </FormWordsProvider>
  );
}

function RequestCallFields({
  action,
  token,
  sourcePage,
  visit,
  centerName,
  timeZoneLabel,
  initialNote,
}: Omit<RequestCallFormProps, "locale" | "words">) {
  const { words, locale } = useFormWords();
  const { state, formAction, pending, register, errorFor, values, onSubmit, onFocus, clientErrors } = useLeadForm(
    schemaLoaders[locale],
    action,
    requestCallFields,
  );

  return (
    <LeadFormFrame state={state} clientErrors={clientErrors} fieldOrder={requestCallFields}>
      <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="mt-6 space-y-6">
        <FormGuardFields token={token} sourcePage={sourcePage} language={locale} visit={visit} />
        <ContactFields
          fields={{ name: register("name"), phone: register("phone"), email: register("email") }}
          errorFor={errorFor}
          values={values}
          emailHint={words.emailHintCall}
        />
        <ChoiceGroup
          name="about"
          legend={words.aboutLegend}
          options={toOptions(subjects, words.subjects)}
          defaultValue={values.about}
          error={errorFor("about")}
          input={register("about")}
        />
        <div data-reveal="someone-else">
          <SelectField
            label={words.relationshipLabel}
            options={toOptions(relationships, words.relationships)}
            defaultValue={values.relationship ?? ""}
            error={errorFor("relationship")}
            {...register("relationship")}
          />
        </div>
        <BestTimeField
          timeZoneLabel={timeZoneLabel}
          defaultValue={values.bestTime}
          error={errorFor("bestTime")}
          input={register("bestTime")}
        />
        <TextArea
          label={words.noteLabel}
          hint={words.noteHint}
          autoComplete="off"
          maxLength={1000}
          defaultValue={values.note ?? initialNote}
          error={errorFor("note")}
          {...register("note")}
        />
        <fieldset className="space-y-5 rounded-lg border border-line bg-white p-4">
          <legend className="px-1 text-lg font-bold text-brand-900">{words.privacyLegend}</legend>
          <p className="text-muted">{words.privacyIntro}</p>
          <VoicemailField
            defaultValue={values.voicemailOk}
            error={errorFor("voicemailOk")}
            input={register("voicemailOk")}
          />
          <ChoiceGroup
            name="textOk"
            legend={words.textOkLegend}
            options={toOptions(yesNo, words.yesNo)}
            defaultValue={values.textOk}
            error={errorFor("textOk")}
            input={register("textOk")}
          />
        </fieldset>
        <div className="space-y-4">
          <CheckboxField
            defaultChecked={values.consentCall === "on"}
            error={errorFor("consentCall")}
            {...register("consentCall")}
          >
            {fill(words.consentCall, { center: centerName })}
          </CheckboxField>
          <CheckboxField defaultChecked={values.consentSms === "on"} {...register("consentSms")}>
            <span className="font-normal">{fill(words.consentSms, { center: centerName })}</span>
          </CheckboxField>
        </div>
        <SubmitButton pending={pending}>{words.submitCall}</SubmitButton>
      </form>
    </LeadFormFrame>
  );
}
