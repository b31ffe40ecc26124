package org.inspectionkit.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code inspection} command line: rate, check and report inspections, and the commands around them.
 *
 * <p>Exit codes: 0 success; 1 a check found an error-level finding; 2 invalid input or usage (the reasons on
 * standard error, nothing on standard output).
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
    })
public final class InspectionCli implements Runnable {

  /** Exit code for invalid input or usage. */
  static final int INVALID_INPUT = 2;

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
          if (e instanceof InputException) {
            ((InputException) e).lines().forEach(commandLine.getErr()::println);
            commandLine.getErr().flush();
            return INVALID_INPUT;
          }
          throw e;
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
