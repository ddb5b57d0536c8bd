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
import { fill, FormWordsProvider, useFormWords, type FormWords } from "@/components/forms/form-words";
import { policyholders, relationships } from "@/lib/forms/choices";
import type { Locale } from "@/lib/i18n/locales";
import { OTHER_CARRIER, carrierOptions, verifyInsuranceFormOrder } from "@/lib/forms/verify-insurance-fields";

const schemaLoaders = {
  en: () => import("@/lib/forms/verify-insurance").then((module) => module.verifyInsuranceSchemaFor("en")),
  es: () => import("@/lib/forms/verify-insurance").then((module) => module.verifyInsuranceSchemaFor("es")),
} satisfies Record<Locale, unknown>;

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
  locale?: Locale;
  /** The "forms" messages in `locale`. */
  words: FormWords;
};

export function VerifyInsuranceForm({ locale = "en", words, ...props }: VerifyInsuranceFormProps) {
  return (
    <FormWordsProvider words={words} locale={locale}>
      <VerifyInsuranceFields {...props} />
    </FormWordsProvider>
  );
}

function VerifyInsuranceFields(props: Omit<VerifyInsuranceFormProps, "locale" | "words">) {
  const { words, locale } = useFormWords();
  const coverageOptions = [
    { value: "self", label: words.coverageSelf },
    { value: "someone-else", label: words.coverageOther },
  ];
  const { action, token, sourcePage, visit, centerName, timeZoneLabel, declinedPlans, phone, phoneHref } = props;
  const { state, formAction, pending, register, errorFor, values, onSubmit, onFocus, clientErrors } = useLeadForm(
    schemaLoaders[locale],
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
        <FormGuardFields token={token} sourcePage={sourcePage} language={locale} visit={visit} />

        <FormSection title={words.aboutYou}>
          <ContactFields
            fields={{ name: register("name"), phone: register("phone"), email: register("email") }}
            errorFor={errorFor}
            values={values}
          />
        </FormSection>

        <FormSection title={words.whoNeedsCare}>
          <ChoiceGroup
            name="coverageFor"
            legend={words.coverageLegend}
            options={coverageOptions}
            defaultValue={values.coverageFor}
            error={errorFor("coverageFor")}
            input={register("coverageFor")}
          />
          <div data-reveal="someone-else" className="space-y-5">
            <SelectField
              label={words.relationshipLabel}
              options={toOptions(relationships, words.relationships)}
              defaultValue={values.relationship ?? ""}
              error={errorFor("relationship")}
              {...register("relationship")}
            />
            <TextField
              label={words.theirName}
              autoComplete="off"
              defaultValue={values.patientName}
              error={errorFor("patientName")}
              maxLength={100}
              {...register("patientName")}
            />
          </div>
          <TextField
            label={words.patientDob}
            type="date"
            autoComplete="off"
            defaultValue={values.patientDob}
            error={errorFor("patientDob")}
            {...register("patientDob")}
          />
        </FormSection>

        <FormSection title={words.insurance}>
          <div>
            <SelectField
              label={words.carrierLabel}
              hint={words.carrierHint}
              options={carrierOptions.map((c) => ({
                value: c.id,
                label: c.id === OTHER_CARRIER ? words.otherCarrier : c.name,
              }))}
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
              label={words.carrierOtherLabel}
              autoComplete="off"
              defaultValue={values.carrierOther}
              error={errorFor("carrierOther")}
              maxLength={80}
              {...register("carrierOther")}
            />
          </div>
          <TextField
            label={words.memberIdLabel}
            autoComplete="off"
            hint={words.memberIdHint}
            defaultValue={values.memberId}
            error={errorFor("memberId")}
            maxLength={30}
            {...register("memberId")}
          />
          <TextField
            label={words.groupLabel}
            autoComplete="off"
            optional
            defaultValue={values.groupNumber}
            error={errorFor("groupNumber")}
            maxLength={30}
            {...register("groupNumber")}
          />
          <ChoiceGroup
            name="policyholder"
            legend={words.holderLegend}
            hint={words.holderHint}
            options={toOptions(policyholders, words.policyholders)}
            defaultValue={values.policyholder}
            error={errorFor("policyholder")}
            input={register("policyholder")}
          />
          <div data-reveal="other-holder" className="space-y-5">
            <TextField
              label={words.holderName}
              autoComplete="off"
              defaultValue={values.holderName}
              error={errorFor("holderName")}
              maxLength={100}
              {...register("holderName")}
            />
            <TextField
              label={words.holderDob}
              type="date"
              autoComplete="off"
              defaultValue={values.holderDob}
              error={errorFor("holderDob")}
              {...register("holderDob")}
            />
          </div>
          <CheckboxField defaultChecked={values.hasSecondary === "on"} {...register("hasSecondary")}>
            {words.hasSecondary}
          </CheckboxField>
          <div data-reveal="secondary" className="space-y-5">
            <TextField
              label={words.secondCarrier}
              autoComplete="off"
              defaultValue={values.secondaryCarrier}
              error={errorFor("secondaryCarrier")}
              maxLength={80}
              {...register("secondaryCarrier")}
            />
            <TextField
              label={words.secondMemberId}
              autoComplete="off"
              defaultValue={values.secondaryMemberId}
              error={errorFor("secondaryMemberId")}
              maxLength={30}
              {...register("secondaryMemberId")}
            />
          </div>
          <CardPhotoField name="cardFront" label={words.cardFront} serverError={errorFor("cardFront")} />
          <CardPhotoField name="cardBack" label={words.cardBack} serverError={errorFor("cardBack")} />
        </FormSection>

        <FormSection title={words.callingBack}>
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
            <strong>{words.notGuaranteeStrong}</strong> {words.notGuarantee}
          </p>
          <CheckboxField
            defaultChecked={values.consentCall === "on"}
            error={errorFor("consentCall")}
            {...register("consentCall")}
          >
            {fill(words.consentCheck, { center: centerName })}
          </CheckboxField>
        </div>
        <SubmitButton pending={pending}>{words.submitCheck}</SubmitButton>
      </form>
    </LeadFormFrame>
  );
}
