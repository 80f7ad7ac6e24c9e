package io.github.posthogguard.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One in-process run of the command, with what it printed. */
record CliRun(int exitCode, String out, String err) {

  /** A run in this JVM, as {@link Main} runs the command, with what it printed. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        Main.commandLine()
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** The text report's lines before the summary. */
  List<String> findingLines() {
    List<String> lines = out.lines().toList();
    return lines.subList(0, lines.size() - 1);
  }

  /** The text report's last line. */
  String summary() {
    List<String> lines = out.lines().toList();
    return lines.get(lines.size() - 1);
  }
}
