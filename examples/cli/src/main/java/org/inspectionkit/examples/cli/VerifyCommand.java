package org.inspectionkit.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.inspectionkit.model.store.DamagedRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code inspection verify}: reads every stored version and names each damaged one; changes nothing. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = "Reads every stored version of every inspection, as a load would (checking each version's"
        + " digest where the store keeps one), and names each that is damaged. Changes nothing."
        + " Exit code 0 if the store is healthy, 3 if anything is damaged.")
final class VerifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    try (StoreOptions.OpenedStore s = store.open(false)) {
      List<DamagedRecord> damaged = s.inspections.verify();
      PrintWriter out = spec.commandLine().getOut();
      out.println("Store: " + s.description);
      if (damaged.isEmpty()) {
        out.println("Every stored version reads back whole: nothing is damaged.");
        return 0;
      }
      out.println(damaged.size() + (damaged.size() == 1 ? " damaged record:" : " damaged records:"));
      damaged.forEach(d -> out.println("  " + Text.clean(d.toString())));
      return InspectionCli.STORE_FAILURE;
    }
  }
}
