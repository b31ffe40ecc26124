package org.inspectionkit.examples.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.ProblemsException;
import org.inspectionkit.rules.consistency.CheckContext;
import org.inspectionkit.rules.consistency.ConsistencyChecker;
import org.inspectionkit.rules.consistency.ConsistencyReport;
import org.inspectionkit.rules.diversity.DiversityBreakdown;
import org.inspectionkit.rules.followup.FollowUp;
import org.inspectionkit.rules.followup.FollowUpSummary;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.RatingCalculator;
import org.inspectionkit.rules.rating.RatingPolicy;

/**
 * The report of one inspection, as a self-contained HTML page or as Markdown.
 *
 * <p>The page opens with the provider, cycle and framework and the ratings table (every rated standard and the
 * overall rating and score, each rating in words as well as colour); then, per case-rated standard, a bar chart of
 * its key-question shares with the policy's thresholds and each share's sampling interval; overrides and judgements
 * with their reasons; the consistency findings; domain-one evidence and service user voice; the unpaid work evidence
 * beside its rating; the follow-up of the previous inspection's recommendations when that inspection is given; and
 * the diversity breakdown with small groups suppressed. The page has inline CSS and SVG only: no script, and nothing
 * fetched from anywhere. It prints to A4.
 *
 * <p>The report shows aggregates only: no case reference, no diversity value of a case, no interview or forum notes.
 *
 * <pre>{@code
 * InspectionReport report = InspectionReport.builder()
 *     .framework(framework)
 *     .inspection(inspection)
 *     .previous(previousFramework, previousInspection) // optional: adds the follow-up table
 *     .build();
 * Files.writeString(Path.of("report.html"), report.html());
 * }</pre>
 *
 * <p>Immutable and thread-safe; rendering is deterministic (the same inspection gives the same bytes).
 */
public final class InspectionReport {

  private static final String PACKAGE = InspectionReport.class.getPackageName();
  private static final TemplateEngine HTML =
      TemplateEngine.createPrecompiled(null, ContentType.Html, InspectionReport.class.getClassLoader(), PACKAGE);
  private static final TemplateEngine PLAIN =
      TemplateEngine.createPrecompiled(null, ContentType.Plain, InspectionReport.class.getClassLoader(), PACKAGE);

  private final ReportView view;

  private InspectionReport(ReportView view) {
    this.view = view;
  }

  /**
   * The report of an inspection rated with the probation policy, with no previous inspection.
   *
   * @param framework the framework the inspection was made under
   * @param inspection the inspection
   * @return the report
   * @throws ProblemsException if the inspection cannot be rated, with every problem
   */
  public static InspectionReport of(Framework framework, Inspection inspection) {
    return builder().framework(framework).inspection(inspection).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The report as one self-contained HTML page (UTF-8).
   *
   * @return the page
   */
  public String html() {
    StringOutput out = new StringOutput();
    HTML.render("report.jte", view, out);
    return neutralised(out.toString());
  }

  /**
   * The page with every character that could make text display as something else replaced by U+FFFD: control
   * characters other than tab and line breaks, bidirectional overrides and isolates, zero-width and other
   * invisible format characters, and lone surrogates. The template escapes markup; this covers what escaping
   * leaves (free text such as a reason may hold them; names and codes cannot, the model refuses them).
   */
  static String neutralised(String page) {
    StringBuilder sb = null;
    for (int i = 0; i < page.length(); i++) {
      char c = page.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < page.length() && Character.isLowSurrogate(page.charAt(i + 1));
      boolean unsafe = !pair && (Character.isSurrogate(c)
          || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')
          || Character.getType(c) == Character.FORMAT || c == '\u2028' || c == '\u2029');
      if (unsafe && sb == null) {
        sb = new StringBuilder(page.length()).append(page, 0, i);
      }
      if (sb != null) {
        if (unsafe) {
          sb.append('\uFFFD');
        } else {
          sb.append(c);
          if (pair) {
            sb.append(page.charAt(++i));
          }
        }
      } else if (pair) {
        i++;
      }
    }
    return sb == null ? page : sb.toString();
  }

  /**
   * The report as Markdown, for pasting into other documents: the ratings table, key-question shares, overrides,
   * findings, evidence, follow-up and the diversity breakdown with suppression.
   *
   * @return the document
   */
  public String markdown() {
    StringOutput out = new StringOutput();
    PLAIN.render("markdown.jte", view, out);
    return out.toString();
  }

  /** The view model, for tests. */
  ReportView view() {
    return view;
  }

  /** Builds an {@link InspectionReport}; the framework and the inspection are required. */
  public static final class Builder {
    private Framework framework;
    private Inspection inspection;
    private Framework previousFramework;
    private Inspection previous;
    private RatingPolicy policy = RatingPolicy.probation();

    private Builder() {}

    /**
     * The framework the inspection was made under.
     *
     * @param framework the framework
     * @return this
     */
    public Builder framework(Framework framework) {
      this.framework = Objects.requireNonNull(framework, "framework");
      return this;
    }

    /**
     * The inspection reported.
     *
     * @param inspection the inspection
     * @return this
     */
    public Builder inspection(Inspection inspection) {
      this.inspection = Objects.requireNonNull(inspection, "inspection");
      return this;
    }

    /**
     * The previous inspection of the provider, whose recommendations the report follows up.
     *
     * @param framework the framework the previous inspection was made under
     * @param inspection the previous inspection
     * @return this
     */
    public Builder previous(Framework framework, Inspection inspection) {
      this.previousFramework = Objects.requireNonNull(framework, "framework");
      this.previous = Objects.requireNonNull(inspection, "inspection");
      return this;
    }

    /**
     * The rating policy; {@link RatingPolicy#probation()} unless given. Its thresholds are the lines on the charts.
     *
     * @param policy the policy
     * @return this
     */
    public Builder policy(RatingPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Rates and checks the inspection and builds the report.
     *
     * @return the report
     * @throws NullPointerException if the framework or the inspection is missing
     * @throws ProblemsException if the inspection cannot be rated, with every problem
     */
    public InspectionReport build() {
      Objects.requireNonNull(framework, "framework");
      Objects.requireNonNull(inspection, "inspection");
      RatingCalculator calculator = RatingCalculator.of(policy);
      Validation<List<Problem>, InspectionRating> rating = calculator.rate(framework, inspection);
      if (rating.isInvalid()) {
        throw new ProblemsException("cannot report inspection " + inspection.id(), rating.getError());
      }
      CheckContext.Builder context =
          CheckContext.builder().framework(framework).inspection(inspection).calculator(calculator);
      if (previous != null) {
        context.previousInspection(previous);
      }
      ConsistencyReport consistency = ConsistencyChecker.builtIn().check(context.build());
      Optional<FollowUpSummary> followUp =
          previous == null
              ? Optional.empty()
              : Optional.of(FollowUp.of(calculator).summarise(previousFramework, previous, framework, inspection));
      return new InspectionReport(
          ReportView.of(framework, inspection, rating.get(), consistency, followUp,
              DiversityBreakdown.of(framework, inspection)));
    }
  }
}
