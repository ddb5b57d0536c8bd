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
import { relationshipLabels, relationships, subjectLabels, subjects, yesNo, yesNoLabels } from "@/lib/forms/choices";
import { requestCallFields } from "@/lib/forms/request-call-fields";

const loadSchema = () => import("@/lib/forms/request-call").then((module) => module.requestCallSchema);

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
};

export function RequestCallForm({
  action,
  token,
  sourcePage,
  visit,
  centerName,
  timeZoneLabel,
  initialNote,
}: RequestCallFormProps) {
  const { state, formAction, pending, register, errorFor, values, onSubmit, onFocus, clientErrors } = useLeadForm(
    loadSchema,
    action,
    requestCallFields,
  );

  return (
    <LeadFormFrame state={state} clientErrors={clientErrors} fieldOrder={requestCallFields}>
      <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="mt-6 space-y-6">
        <FormGuardFields token={token} sourcePage={sourcePage} visit={visit} />
        <ContactFields
          fields={{ name: register("name"), phone: register("phone"), email: register("email") }}
          errorFor={errorFor}
          values={values}
          emailHint="Only if you would like a reply by email too."
        />
        <ChoiceGroup
          name="about"
          legend="Who is this call about?"
          options={toOptions(subjects, subjectLabels)}
          defaultValue={values.about}
          error={errorFor("about")}
          input={register("about")}
        />
        <div data-reveal="someone-else">
          <SelectField
            label="How do you know them?"
            options={toOptions(relationships, relationshipLabels)}
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
          label="Anything you would like us to know?"
          hint="Keep it short. Please don’t include anything you would not want in an email to our team."
          autoComplete="off"
          maxLength={1000}
          defaultValue={values.note ?? initialNote}
          error={errorFor("note")}
          {...register("note")}
        />
        <fieldset className="space-y-5 rounded-lg border border-line bg-white p-4">
          <legend className="px-1 text-lg font-bold text-brand-900">Your privacy</legend>
          <p className="text-muted">Someone else may share your phone. Tell us what is safe.</p>
          <VoicemailField
            defaultValue={values.voicemailOk}
            error={errorFor("voicemailOk")}
            input={register("voicemailOk")}
          />
          <ChoiceGroup
            name="textOk"
            legend="May we send a text to this number?"
            options={toOptions(yesNo, yesNoLabels)}
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
            I agree that {centerName} may call me at this number about my request.
          </CheckboxField>
          <CheckboxField defaultChecked={values.consentSms === "on"} {...register("consentSms")}>
            <span className="font-normal">
              Optional: I agree to receive text messages from {centerName} about my request. Consent is not a condition
              of treatment or of any purchase. Message and data rates may apply. Reply STOP to opt out.
            </span>
          </CheckboxField>
        </div>
        <SubmitButton pending={pending}>Request a call</SubmitButton>
      </form>
    </LeadFormFrame>
  );
}
