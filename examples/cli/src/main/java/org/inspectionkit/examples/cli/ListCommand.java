package org.inspectionkit.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.inspectionkit.model.store.DamagedRecord;
import org.inspectionkit.model.store.InspectionQuery;
import org.inspectionkit.model.store.InspectionSummary;
import org.inspectionkit.model.store.StoreListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code inspection list}: the stored inspections, and apart from them any stored record that is damaged. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists the stored inspections (id, provider, cycle, framework, status, version); damaged records"
        + " are listed apart, on standard error, and the others still listed. Exit code 3 if any is damaged.")
final class ListCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    try (StoreOptions.OpenedStore s = store.open(false)) {
      StoreListing listing = s.inspections.listing(InspectionQuery.all());
      PrintWriter out = spec.commandLine().getOut();
      out.println("Store: " + s.description);
      if (listing.summaries().isEmpty()) {
        out.println("No inspections stored.");
      } else {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Inspection", "Provider", "Cycle", "Framework", "Status", "Version"});
        for (InspectionSummary i : listing.summaries()) {
          rows.add(new String[] {i.id().toString(), i.providerId().toString(), i.cycle().toString(),
              i.frameworkId().toString(), i.status().toString(), Long.toString(i.version())});
        }
        out.print(Table.render(rows));
      }
      out.flush();
      return reportDamage(spec.commandLine().getErr(), listing.damaged()) ? InspectionCli.STORE_FAILURE : 0;
    }
  }

  /** Prints damaged records on {@code err}; returns whether there were any. */
  static boolean reportDamage(PrintWriter err, List<DamagedRecord> damaged) {
    if (damaged.isEmpty()) {
      return false;
    }
    err.println("Damaged (" + damaged.size() + "), not listed above:");
    damaged.forEach(d -> err.println("  " + Text.clean(d.toString())));
    err.flush();
    return true;
  }
}
