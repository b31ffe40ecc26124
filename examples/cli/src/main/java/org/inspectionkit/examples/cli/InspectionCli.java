package org.inspectionkit.examples.cli;

import java.io.PrintWriter;
import org.inspectionkit.model.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code inspection} command line: rate, check and report inspections, and the commands around them.
 *
 * <p>Exit codes: 0 success; 1 a check found an error-level finding; 2 invalid input or usage (the reasons on
 * standard error, nothing on standard output); 3 the store failed while the command used it; 70 an internal
 * error (a defect: one line on standard error, the stack trace only with {@code INSPECTIONKIT_DEBUG=1}).
 */
@Command(
    name = "inspection",
    mixinStandardHelpOptions = true,
    versionProvider = InspectionCli.Version.class,
    description = "Rate, check and report probation inspections (inspectionkit).",
    subcommands = {
      DemoCommand.class,
      ExampleCommand.class,
      RateCommand.class,
      CheckCommand.class,
      ReportCommand.class,
      FollowUpCommand.class,
      DiffCommand.class,
      PlanCommand.class,
      SampleCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      ListCommand.class,
      PortfolioCommand.class,
      VerifyCommand.class,
    })
public final class InspectionCli implements Runnable {

  /** Exit code for invalid input or usage. */
  static final int INVALID_INPUT = 2;

  /** Exit code for a store that failed while the command used it (disk full, database unreachable, damage). */
  static final int STORE_FAILURE = 3;

  /** Exit code for a defect of the command itself: never a stack trace unless {@link #DEBUG} is set. */
  static final int INTERNAL_ERROR = 70;

  /** The environment variable that makes an internal error print its stack trace. */
  static final String DEBUG = "INSPECTIONKIT_DEBUG";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs the command line, writing to {@code out} and {@code err}.
   *
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new InspectionCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter errors = commandLine.getErr();
          if (e instanceof InputException) {
            ((InputException) e).lines().forEach(line -> errors.println(Text.clean(line)));
            errors.flush();
            return INVALID_INPUT;
          }
          if (e instanceof StoreException) {
            // Store messages name records and causes only, never case data.
            errors.println("store failure: " + Text.clean(e.getMessage()));
            errors.flush();
            return STORE_FAILURE;
          }
          // A defect: say so without a stack trace, and without the message, which could hold anything.
          errors.println("internal error (" + e.getClass().getName() + "): this is a defect of the inspection"
              + " command; please report it with the command that was run."
              + (System.getenv(DEBUG) == null ? " Set " + DEBUG + "=1 for the stack trace." : ""));
          if (System.getenv(DEBUG) != null) {
            e.printStackTrace(errors);
          }
          errors.flush();
          return INTERNAL_ERROR;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The version from the jar manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = InspectionCli.class.getPackage().getImplementationVersion();
      return new String[] {"inspection " + (v == null ? "development" : v)};
    }
  }
}
