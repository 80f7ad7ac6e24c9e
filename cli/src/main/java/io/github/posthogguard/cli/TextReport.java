package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.IStyle;
import picocli.CommandLine.Help.Ansi.Style;

/**
 * The report for people: one line per finding, {@code path:line:column RuleId message}, then a
 * summary line, in colour when {@code ansi} is enabled. Skipped and unreadable files are told on
 * stderr by the command, not here.
 */
public final class TextReport {
  private final Ansi ansi;

  public TextReport(Ansi ansi) {
    this.ansi = ansi;
  }

  public void write(ScanResult result, Writer out) throws IOException {
    for (Finding finding : result.findings()) {
      String location =
          finding.path() + ":" + finding.range().beginLine() + ":" + finding.range().beginColumn();
      out.write(
          style(location, Style.bold)
              + "  "
              + style(finding.ruleId(), Style.fg_yellow)
              + "  "
              + finding.message()
              + System.lineSeparator());
    }
    out.write(summary(result) + System.lineSeparator());
  }

  private String summary(ScanResult result) {
    List<Finding> findings = result.findings();
    int files = result.files().size();
    StringBuilder summary = new StringBuilder();
    if (findings.isEmpty()) {
      summary.append(style("No findings in " + count(files, "file"), Style.fg_green));
    } else {
      long filesWithFindings = result.files().stream().filter(f -> !f.findings().isEmpty()).count();
      Map<String, Long> perRule =
          findings.stream()
              .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
      String rules =
          perRule.entrySet().stream()
              .map(e -> e.getKey() + ": " + e.getValue())
              .collect(Collectors.joining(", "));
      summary.append(
          style(
              count(findings.size(), "finding")
                  + " in "
                  + filesWithFindings
                  + " of "
                  + count(files, "file")
                  + " ("
                  + rules
                  + ")",
              Style.bold,
              Style.fg_red));
    }
    String triage = result.triage().describe();
    if (!triage.isEmpty()) {
      summary.append("; ").append(triage);
    }
    int skipped = result.skippedFiles().size();
    if (skipped > 0) {
      summary
          .append("; ")
          .append(count(skipped, "file"))
          .append(" skipped or not parsed (see stderr)");
    }
    if (result.notScanned().any()) {
      summary.append("; not scanned: ").append(result.notScanned().describe());
    }
    int unreadable = result.unreadable().size();
    if (unreadable > 0) {
      summary.append("; ").append(count(unreadable, "path")).append(" could not be read");
    }
    return summary.toString();
  }

  /** The text between picocli's start codes and a reset, so that no markup in it is read. */
  private String style(String text, IStyle... styles) {
    return ansi.enabled() ? Style.on(styles) + text + Style.reset.on() : text;
  }

  private static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }
}
