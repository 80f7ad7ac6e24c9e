package io.github.posthogguard.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The entry point of {@code posthog-guard.jar}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    CommandLine command = commandLine(Environment.system());
    // Reports are UTF-8 whatever the platform's default charset, like the files they describe.
    command.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    command.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)));
    int exitCode = command.execute(args);
    command.getOut().flush();
    command.getErr().flush();
    System.exit(exitCode);
  }

  /** The command, set up as {@link #main} runs it; tests set their own out and err. */
  public static CommandLine commandLine(Environment environment) {
    return new CommandLine(new GuardCommand(environment))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(new UsageErrorHandler())
        .setExecutionExceptionHandler(new InternalErrorHandler());
  }
}
