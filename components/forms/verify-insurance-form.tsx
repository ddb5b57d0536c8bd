"use client";

import { useState } from "react";
import { BestTimeField, VoicemailField } from "@/components/forms/call-back-fields";
import { CardPhotoField } from "@/components/forms/card-photo-field";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { ContactFields } from "@/components/forms/contact-fields";
import { DeclinedPlanNotice } from "@/components/forms/declined-plan-notice";
import { FormGuardFields } from "@/components/forms/form-guard-fields";
import { FormSection } from "@/components/forms/form-section";
import { LeadFormFrame } from "@/components/forms/lead-form-frame";
import { toOptions } from "@/components/forms/options";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useLeadForm, type LeadAction } from "@/components/forms/use-lead-form";
import { policyholderLabels, policyholders, relationshipLabels, relationships } from "@/lib/forms/choices";
import { carrierOptions, verifyInsuranceFormOrder } from "@/lib/forms/verify-insurance-fields";

const loadSchema = () => import("@/lib/forms/verify-insurance").then((module) => module.verifyInsuranceSchema);

type VerifyInsuranceFormProps = {
  action: LeadAction;
  token: string;
  sourcePage: string;
  /** Where the visit came from, as the server saw it (lib/leads/visit.ts). */
  visit?: { landing: string; referrer: string };
  centerName: string;
  timeZoneLabel: string;
  declinedPlans: ReadonlyArray<{ id: string; name: string; guidance: string }>;
  phone: string;
  phoneHref: string;
};

const coverageOptions = [
  { value: "self", label: "Mine" },
  { value: "someone-else", label: "Someone I care about" },
];

export function VerifyInsuranceForm(props: VerifyInsuranceFormProps) {
  const { action, token, sourcePage, visit, centerName, timeZoneLabel, declinedPlans, phone, phoneHref } = props;
  const { state, formAction, pending, register, errorFor, values, onSubmit, onFocus, clientErrors } = useLeadForm(
    loadSchema,
    action,
    verifyInsuranceFormOrder,
  );
  const [chosenCarrier, setChosenCarrier] = useState<string>();
  const carrier = chosenCarrier ?? values.carrier;
  const carrierInput = register("carrier");
  const declined = declinedPlans.find((plan) => plan.id === carrier);

  return (
    <LeadFormFrame state={state} clientErrors={clientErrors} fieldOrder={verifyInsuranceFormOrder}>
      <form action={formAction} onSubmit={onSubmit} onFocus={onFocus} noValidate className="mt-6 space-y-8">
        <FormGuardFields token={token} sourcePage={sourcePage} visit={visit} />

        <FormSection title="About you">
          <ContactFields
            fields={{ name: register("name"), phone: register("phone"), email: register("email") }}
            errorFor={errorFor}
            values={values}
          />
        </FormSection>

        <FormSection title="Who needs care">
          <ChoiceGroup
            name="coverageFor"
            legend="Whose coverage are we checking?"
            options={coverageOptions}
            defaultValue={values.coverageFor}
            error={errorFor("coverageFor")}
            input={register("coverageFor")}
          />
          <div data-reveal="someone-else" className="space-y-5">
            <SelectField
              label="How do you know them?"
              options={toOptions(relationships, relationshipLabels)}
              defaultValue={values.relationship ?? ""}
              error={errorFor("relationship")}
              {...register("relationship")}
            />
            <TextField
              label="Their full name"
              autoComplete="off"
              defaultValue={values.patientName}
              error={errorFor("patientName")}
              maxLength={100}
              {...register("patientName")}
            />
          </div>
          <TextField
            label="Date of birth of the person who needs care"
            type="date"
            autoComplete="off"
            defaultValue={values.patientDob}
            error={errorFor("patientDob")}
            {...register("patientDob")}
          />
        </FormSection>

        <FormSection title="Insurance">
          <div>
            <SelectField
              label="Insurance company"
              hint="As shown on the insurance card."
              options={carrierOptions.map((c) => ({ value: c.id, label: c.name }))}
              defaultValue={values.carrier ?? ""}
              error={errorFor("carrier")}
              {...carrierInput}
              onChange={(event) => {
                carrierInput.onChange(event);
                setChosenCarrier(event.target.value);
              }}
            />
            {errorFor("carrier") ? null : <DeclinedPlanNotice plan={declined} phone={phone} phoneHref={phoneHref} />}
          </div>
          <div data-reveal="other-carrier">
            <TextField
              label="Name of the insurance company"
              autoComplete="off"
              defaultValue={values.carrierOther}
              error={errorFor("carrierOther")}
              maxLength={80}
              {...register("carrierOther")}
            />
          </div>
          <TextField
            label="Member ID"
            autoComplete="off"
            hint="Letters and numbers as printed on the card."
            defaultValue={values.memberId}
            error={errorFor("memberId")}
            maxLength={30}
            {...register("memberId")}
          />
          <TextField
            label="Group number"
            autoComplete="off"
            optional
            defaultValue={values.groupNumber}
            error={errorFor("groupNumber")}
            maxLength={30}
            {...register("groupNumber")}
          />
          <ChoiceGroup
            name="policyholder"
            legend="Who is the policyholder?"
            hint="The person whose name the plan is in."
            options={toOptions(policyholders, policyholderLabels)}
            defaultValue={values.policyholder}
            error={errorFor("policyholder")}
            input={register("policyholder")}
          />
          <div data-reveal="other-holder" className="space-y-5">
            <TextField
              label="Policyholder’s full name"
              autoComplete="off"
              defaultValue={values.holderName}
              error={errorFor("holderName")}
              maxLength={100}
              {...register("holderName")}
            />
            <TextField
              label="Policyholder’s date of birth"
              type="date"
              autoComplete="off"
              defaultValue={values.holderDob}
              error={errorFor("holderDob")}
              {...register("holderDob")}
            />
          </div>
          <CheckboxField defaultChecked={values.hasSecondary === "on"} {...register("hasSecondary")}>
            There is a second insurance plan too
          </CheckboxField>
          <div data-reveal="secondary" className="space-y-5">
            <TextField
              label="Second insurance company"
              autoComplete="off"
              defaultValue={values.secondaryCarrier}
              error={errorFor("secondaryCarrier")}
              maxLength={80}
              {...register("secondaryCarrier")}
            />
            <TextField
              label="Second plan’s member ID"
              autoComplete="off"
              defaultValue={values.secondaryMemberId}
              error={errorFor("secondaryMemberId")}
              maxLength={30}
              {...register("secondaryMemberId")}
            />
          </div>
          <CardPhotoField name="cardFront" label="Photo of the front of the card" serverError={errorFor("cardFront")} />
          <CardPhotoField name="cardBack" label="Photo of the back of the card" serverError={errorFor("cardBack")} />
        </FormSection>

        <FormSection title="Calling you back">
          <BestTimeField
            timeZoneLabel={timeZoneLabel}
            defaultValue={values.bestTime}
            error={errorFor("bestTime")}
            input={register("bestTime")}
          />
          <VoicemailField
            defaultValue={values.voicemailOk}
            error={errorFor("voicemailOk")}
            input={register("voicemailOk")}
          />
        </FormSection>

        <div className="space-y-4 rounded-lg bg-warm-50 p-4">
          <p>
            <strong>A verification is not a guarantee of coverage.</strong> It tells us what your plan says it may
            cover. What your plan pays is decided when you get care. We never give price estimates on this website.
          </p>
          <CheckboxField
            defaultChecked={values.consentCall === "on"}
            error={errorFor("consentCall")}
            {...register("consentCall")}
          >
            I agree that {centerName} may check these benefits with the insurance company and call me at this number
            about them.
          </CheckboxField>
        </div>
        <SubmitButton pending={pending}>Check my insurance</SubmitButton>
      </form>
    </LeadFormFrame>
  );
}
