package io.github.posthogguard.cli;

import io.github.posthogguard.docs.RuleDocs;
import io.github.posthogguard.keys.KeyMask;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The entry point of {@code posthog-guard.jar}: the tool's name and version, and how it answers
 * what the command itself does not (usage errors, bugs), always with a key masked.
 */
public final class Main {
  public static final String NAME = "posthog-guard";
  public static final String VERSION = readVersion();

  /** The project's home: the rule docs' base address without its {@code blob/...} tail. */
  public static final String INFORMATION_URI =
      RuleDocs.URL_BASE.substring(0, RuleDocs.URL_BASE.indexOf("/blob/"));

  private Main() {}

  public static void main(String[] args) {
    CommandLine command = commandLine();
    // Reports are UTF-8 whatever the platform's default charset, like the files they describe.
    command.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    command.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)));
    int exitCode;
    try {
      exitCode = command.execute(args);
    } catch (OutOfMemoryError e) {
      if (System.getenv("POSTHOG_GUARD_DEBUG") != null) {
        e.printStackTrace();
      }
      // not a finding (exit 1): the scan could not finish
      System.err.println(
          NAME
              + ": internal error: ran out of memory; give the JVM a larger heap"
              + " (POSTHOG_GUARD_JAVA_OPTS=-Xmx1g) or lower --threads");
      exitCode = GuardCommand.ERROR;
    }
    command.getOut().flush();
    command.getErr().flush();
    System.exit(exitCode);
  }

  /** The command, set up as {@link #main} runs it; tests set their own out and err. */
  public static CommandLine commandLine() {
    return new CommandLine(new GuardCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(Main::usageError)
        .setExecutionExceptionHandler(Main::internalError);
  }

  /** Answers {@code --version}. */
  public static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {NAME + " " + VERSION};
    }
  }

  /** The message, the synopsis and a pointer to --help. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(NAME + ": " + KeyMask.redact(e.getMessage()));
    UnmatchedArgumentException.printSuggestions(e, err);
    err.print(command.getHelp().fullSynopsis());
    err.println("Try '" + NAME + " --help' for more information.");
    err.flush();
    return GuardCommand.ERROR;
  }

  /**
   * Input the tool cannot use: one line. Anything else is a bug of the tool: exit code 2, as
   * picocli's default (1) would read as "found".
   */
  private static int internalError(Exception e, CommandLine command, ParseResult parseResult) {
    if (e instanceof InputError) {
      command.getErr().println(NAME + ": " + KeyMask.redact(e.getMessage()));
      command.getErr().flush();
      return GuardCommand.ERROR;
    }
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    PrintWriter err = command.getErr();
    err.println(NAME + ": internal error: " + KeyMask.redact(e.toString()));
    err.print(KeyMask.redact(trace.toString()));
    err.flush();
    return GuardCommand.ERROR;
  }

  private static String readVersion() {
    try (InputStream in = Main.class.getResourceAsStream("tool.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
