package io.github.posthogguard.benchmarks;

import io.github.posthogguard.benchmarks.ReportedFinding.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The hand triage of the analyzer's findings on a corpus ({@code benchmarks/triage.md}): a table of
 * findings, one row per file, line and rule, each with a verdict and a reason; and a table of known
 * leaks the analyzer must find, each with the patterns that make it hard.
 */
public record Triage(List<Row> findings, List<KnownLeak> knownLeaks) {
  static final String FINDINGS = "## Findings";
  static final String KNOWN_LEAKS = "## Known leaks the analyzer must find";

  /** The patterns a known leak may name, as {@code triage.md} explains them. */
  public static final Set<String> PATTERNS =
      Set.of(
          "every-cookie",
          "every-header",
          "value-object",
          "session-receiver",
          "inherited-logger",
          "formatter",
          "remember-me-signature",
          "secret-local");

  public Triage {
    findings = List.copyOf(findings);
    knownLeaks = List.copyOf(knownLeaks);
  }

  public enum Verdict {
    LEAK,
    DEBATABLE,
    FALSE;

    static Verdict of(String cell) {
      return valueOf(cell.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code | file | line | rule | verdict | reason |} */
  public record Row(Location location, Verdict verdict, String reason) {}

  /** {@code | file | line | rule | pattern | reason |}: the line where the statement starts. */
  public record KnownLeak(Location location, List<String> patterns, String reason) {}

  public static Triage read(Path markdown) {
    try {
      return parse(Files.readString(markdown, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Triage parse(String markdown) {
    List<String> lines = markdown.lines().toList();
    List<Row> rows =
        table(
            lines,
            FINDINGS,
            cells -> new Row(location(cells), Verdict.of(cells.get(3)), cells.get(4)));
    List<KnownLeak> known =
        table(
            lines,
            KNOWN_LEAKS,
            cells -> new KnownLeak(location(cells), patterns(cells.get(3)), cells.get(4)));
    return new Triage(rows, known);
  }

  /** A row for the findings table, as a reviewer completes it: the source line as the reason. */
  public static String rowToAdd(ReportedFinding finding) {
    return "| %s | %d | %s | ? | %s |"
        .formatted(finding.path(), finding.line(), finding.ruleId(), escape(finding.sourceLine()));
  }

  /** A cell's text with its pipes escaped, as GitHub's Markdown tables write them. */
  static String escape(String text) {
    return text.replace("|", "\\|");
  }

  private static Location location(List<String> cells) {
    return new Location(cells.get(0), Integer.parseInt(cells.get(1)), cells.get(2));
  }

  private static List<String> patterns(String cell) {
    List<String> patterns = Arrays.stream(cell.split(",")).map(String::strip).toList();
    for (String pattern : patterns) {
      if (!PATTERNS.contains(pattern)) {
        throw new IllegalArgumentException(
            "unknown pattern '" + pattern + "' (known: " + PATTERNS + ")");
      }
    }
    return patterns;
  }

  private static <T> List<T> table(
      List<String> lines, String heading, Function<List<String>, T> row) {
    int start = lines.indexOf(heading);
    if (start < 0) {
      throw new IllegalArgumentException("no section '" + heading + "'");
    }
    List<T> rows = new ArrayList<>();
    boolean header = true;
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
      String line = lines.get(i);
      if (!line.startsWith("|")) {
        continue;
      }
      if (header) {
        header = !line.startsWith("|---");
        continue;
      }
      List<String> cells =
          Arrays.stream(line.split("(?<!\\\\)\\|", -1))
              .map(cell -> cell.strip().replace("\\|", "|"))
              .toList();
      if (cells.size() != 7 || !cells.get(0).isEmpty() || !cells.get(6).isEmpty()) {
        throw new IllegalArgumentException(
            heading
                + ", line "
                + (i + 1)
                + ": expected 5 cells (write a pipe inside a cell as \\|): "
                + line);
      }
      try {
        rows.add(row.apply(cells.subList(1, 6)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            heading + ", line " + (i + 1) + ": " + e.getMessage() + ": " + line, e);
      }
    }
    return rows;
  }
}
