package org.inspectionkit.examples.report;

import java.util.Locale;
import org.inspectionkit.model.casework.InterviewOutcome;
import org.inspectionkit.model.evidence.UnpaidWorkMethod;
import org.inspectionkit.model.framework.FrameworkLevel;
import org.inspectionkit.model.recommendation.Progress;
import org.inspectionkit.rules.consistency.Severity;

/** The words the report uses for the model's constants, in the inspectorate's own terms. */
final class Labels {

  private Labels() {}

  static String of(UnpaidWorkMethod method) {
    switch (method) {
      case SUPERVISOR_INTERVIEW:
        return "Interviews with supervisors";
      case SITE_VISIT:
        return "Site visits";
      case INDUCTION_OBSERVATION:
        return "Observation of inductions";
      case WORKER_INTERVIEW:
        return "Interviews with people doing unpaid work";
      case ADDITIONAL_EVIDENCE_ASSESSMENT:
        return "Assessment of additional evidence in advance";
      case PROJECT_ASSESSMENT:
        return "Project assessments";
      case OPPORTUNITY_ANALYSIS:
        return "Analysis of training and employment opportunities";
      default:
        return sentence(method.name());
    }
  }

  static String of(InterviewOutcome outcome) {
    switch (outcome) {
      case DONE:
        return "Done";
      case DECLINED:
        return "Declined";
      case UNREACHABLE:
        return "Could not be reached";
      case OFFERED:
        return "Offered, not yet done";
      default:
        return sentence(outcome.name());
    }
  }

  static String of(Progress progress) {
    switch (progress) {
      case SUFFICIENT:
        return "Sufficient progress";
      case INSUFFICIENT:
        return "Insufficient progress";
      case NO_PROGRESS:
        return "No progress";
      default:
        return sentence(progress.name());
    }
  }

  static String of(FrameworkLevel level) {
    return sentence(level.name());
  }

  static String of(Severity severity) {
    return sentence(severity.name());
  }

  /** {@code KEY_QUESTION} as {@code Key question}. */
  static String sentence(String constant) {
    String s = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** {@code 1 case}, {@code 2 cases}. */
  static String count(int n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
