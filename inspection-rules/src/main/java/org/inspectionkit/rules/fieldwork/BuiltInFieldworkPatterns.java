package org.inspectionkit.rules.fieldwork;

import java.time.Period;

/** The data of the built-in fieldwork patterns, from the 2019-20 notice's "Inspection order". */
final class BuiltInFieldworkPatterns {

  /**
   * How long before fieldwork the 2019-20 domain-one evidence is due: a placeholder, the notice says only "prior to
   * fieldwork".
   */
  static final Period EVIDENCE_LEAD_TIME_2019_20 = Period.ofWeeks(2);

  private static final FieldworkActivity CASES =
      FieldworkActivity.of("Inspect the domain two and domain three cases", 2, 3);

  private BuiltInFieldworkPatterns() {}

  static FieldworkPattern probation2018() {
    FieldworkActivity domainOne = FieldworkActivity.of("Inspect organisational delivery", 1);
    return FieldworkPattern.builder()
        .cycle("2018-19")
        .title("Probation inspection, 2018-19 method")
        .addWeeks(FieldworkWeek.of(1, true, CASES, domainOne))
        .addWeeks(FieldworkWeek.of(2, true, CASES, domainOne))
        .addWeeks(FieldworkWeek.of(3, true, domainOne))
        .domainsKeptSeparate(true)
        .build();
  }

  static FieldworkPattern probation2019() {
    FieldworkActivity interviews =
        FieldworkActivity.of("Interview the service users of the inspected domain-two cases", 2);
    FieldworkActivity forum = FieldworkActivity.of("Meet a service user forum, or its equivalent, once in weeks 1-2");
    FieldworkActivity initial = FieldworkActivity.of("Begin inspecting organisational delivery", 1);
    return FieldworkPattern.builder()
        .cycle("2019-20")
        .title("Probation inspection, 2019-20 method")
        .addWeeks(FieldworkWeek.of(1, true, CASES, interviews, forum, initial))
        .addWeeks(FieldworkWeek.of(2, true, CASES, interviews, forum, initial))
        .addWeeks(FieldworkWeek.of(3, false,
            FieldworkActivity.of("Analyse the case data and plan the domain-one fieldwork")))
        .addWeeks(FieldworkWeek.of(4, true,
            FieldworkActivity.of("Finalise the gathering of evidence on organisational delivery", 1)))
        .evidenceLeadTime(EVIDENCE_LEAD_TIME_2019_20)
        // The notice: "Our first inspection was announced in July 2019 and we plan to finish in December 2020."
        .cycleOpens(java.time.LocalDate.of(2019, 7, 1))
        .cycleCloses(java.time.LocalDate.of(2020, 12, 31))
        .addInterviewWeeks(1, 2)
        .domainsKeptSeparate(false)
        .addNotes("Placeholders for the inspection manual: the evidence deadline two weeks before fieldwork, and the"
            + " service user forum meeting in weeks 1-2.")
        .build();
  }
}
