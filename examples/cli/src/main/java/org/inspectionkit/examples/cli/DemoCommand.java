package org.inspectionkit.examples.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.inspectionkit.examples.data.ExampleInspection;
import org.inspectionkit.json.Frameworks;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.store.Versioned;
import org.inspectionkit.rules.consistency.CheckContext;
import org.inspectionkit.rules.consistency.ConsistencyChecker;
import org.inspectionkit.rules.consistency.ConsistencyReport;
import org.inspectionkit.rules.followup.FollowUp;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.RatingPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code inspection demo}: the main job end to end. Opens (or creates) the embedded store, keeps the 2018-19 and
 * 2019-20 frameworks in it, stores the example inspections of BeNCH CRC unless they are there already, reloads the
 * 2019-20 one, rates it, checks it, follows up the 2018-19 recommendations, and prints the lot.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the main job end to end on the example inspection: store it (embedded H2 in ./"
          + StoreOptions.DEFAULT_DIRECTORY + " unless --store or --jdbc-url says otherwise), reload it, rate it,"
          + " check it and follow up the previous inspection's recommendations.",
      "Running it again finds the stored inspections."
    })
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (StoreOptions.OpenedStore s = store.open()) {
      out.println("Store: " + s.description);
      Framework f2018 = keep(s, Frameworks.load("probation-2018-19"), out);
      Framework f2019 = keep(s, Frameworks.load("probation-2019-20"), out);
      Versioned<Inspection> previous = keep(s, ExampleInspection.crc2018(f2018), out);
      Versioned<Inspection> current = keep(s, ExampleInspection.crc2019(f2019), out);

      Inspection inspection = s.inspections.load(current.value().id()).value();
      Inspection before = s.inspections.load(previous.value().id()).value();
      out.println("Reloaded " + inspection.id() + ": " + inspection.cases().size() + " cases, "
          + inspection.assessments().size() + " assessed");
      out.println();

      InspectionRating rating = RateCommand.rate(f2019, inspection, RatingPolicy.probation());
      out.print(RatingText.render(inspection, rating));
      out.println();
      ConsistencyReport findings =
          ConsistencyChecker.builtIn()
              .check(CheckContext.builder().framework(f2019).inspection(inspection).previousInspection(before).build());
      out.print(CheckCommand.render(findings));
      out.println();
      out.print(FollowUpText.render(FollowUp.probation().summarise(f2018, before, f2019, inspection)));
      out.println();
      out.println("Next: inspection report " + inspection.id() + " --previous " + before.id()
          + " --out report.html   (reads the stored inspections)");
      return 0;
    }
  }

  private static Framework keep(StoreOptions.OpenedStore s, Framework framework, PrintWriter out) {
    Optional<Framework> stored = s.frameworks.find(framework.id());
    if (stored.isPresent()) {
      out.println("Found framework " + framework.id() + " in the store");
      return stored.get();
    }
    s.frameworks.save(framework);
    out.println("Stored framework " + framework.id());
    return framework;
  }

  private static Versioned<Inspection> keep(StoreOptions.OpenedStore s, Inspection inspection, PrintWriter out) {
    Optional<Versioned<Inspection>> stored = s.inspections.find(inspection.id());
    if (stored.isPresent()) {
      out.println("Found inspection " + inspection.id() + " in the store, version " + stored.get().version());
      return stored.get();
    }
    Versioned<Inspection> saved = s.inspections.insert(inspection);
    out.println("Stored inspection " + inspection.id() + " as version " + saved.version());
    return saved;
  }
}
