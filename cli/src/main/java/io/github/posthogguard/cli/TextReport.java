package io.github.posthogguard.cli;

import io.github.posthogguard.analyzer.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The report for people: one line per finding, {@code path:line:column RuleId message}, then a
 * summary line. Skipped and unreadable files are told on stderr by the command, not here.
 */
public final class TextReport implements Report {
  private final Colors colors;

  public TextReport(Colors colors) {
    this.colors = colors;
  }

  @Override
  public void write(ScanResult result, Writer out) throws IOException {
    for (Finding finding : result.findings()) {
      String location =
          finding.path() + ":" + finding.range().beginLine() + ":" + finding.range().beginColumn();
      out.write(
          colors.bold(location)
              + "  "
              + colors.yellow(finding.ruleId())
              + "  "
              + finding.message()
              + System.lineSeparator());
    }
    out.write(summary(result) + System.lineSeparator());
  }

  private String summary(ScanResult result) {
    List<Finding> findings = result.findings();
    int files = result.scannedFiles().size();
    StringBuilder summary = new StringBuilder();
    if (findings.isEmpty()) {
      summary.append(colors.green("No findings in " + count(files, "file")));
    } else {
      long filesWithFindings =
          result.scannedFiles().stream().filter(f -> !f.findings().isEmpty()).count();
      Map<String, Long> perRule =
          findings.stream()
              .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
      String rules =
          perRule.entrySet().stream()
              .map(e -> e.getKey() + ": " + e.getValue())
              .collect(Collectors.joining(", "));
      summary.append(
          colors.red(
              count(findings.size(), "finding")
                  + " in "
                  + filesWithFindings
                  + " of "
                  + count(files, "file")
                  + " ("
                  + rules
                  + ")"));
    }
    int skipped = result.skippedFiles().size();
    if (skipped > 0) {
      summary.append("; ").append(count(skipped, "file")).append(" skipped (could not be parsed)");
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

  private static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }
}
