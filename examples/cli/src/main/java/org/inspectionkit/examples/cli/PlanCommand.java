package org.inspectionkit.examples.cli;

import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.fieldwork.FieldworkPlan;
import org.inspectionkit.json.InspectionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code inspection plan --cycle 2019-20 --start 2019-09-02}: the dated fieldwork plan. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description =
        "Prints the dated fieldwork plan of a cycle: activities per week, the evidence submission deadline and the"
            + " service user interview window.")
final class PlanCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--cycle", required = true, description = "The cycle: 2018-19 or 2019-20.")
  String cycle;

  @Option(names = "--start", required = true, description = "The first day of fieldwork, a Monday (yyyy-mm-dd).")
  String start;

  @Option(names = "--format", defaultValue = "text",
      description = "text, or json (the fieldwork-plan document of inspection-json) (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() {
    List<String> problems = new ArrayList<>();
    Cycle c = null;
    LocalDate s = null;
    try {
      c = Cycle.parse(cycle);
    } catch (IllegalArgumentException e) {
      problems.add("--cycle: " + e.getMessage());
    }
    try {
      s = LocalDate.parse(start);
    } catch (DateTimeParseException e) {
      problems.add("--start: expected a date such as 2019-09-02");
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    Validation<List<Problem>, FieldworkPlan> plan = FieldworkPlan.schedule(c, s);
    if (plan.isInvalid()) {
      List<String> lines = new ArrayList<>();
      plan.getError().forEach(p -> lines.add(p.where() + ": " + p.message()));
      throw new InputException(lines);
    }
    spec.commandLine().getOut().print(
        format == OutputFormat.json ? InspectionJson.standard().write(plan.get()) : plan.get().toText());
    return 0;
  }
}
