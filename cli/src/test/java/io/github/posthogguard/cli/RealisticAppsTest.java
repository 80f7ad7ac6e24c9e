package io.github.posthogguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.testing.CaseFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command on the realistic applications of {@code benchmarks/apps/} (written apart from this
 * code base, each with its {@code EXPECTED.md}): every expected finding reported, except the known
 * misses that {@code benchmarks/apps/README.md} lists with their reasons, nothing else reported but
 * the known false findings it lists.
 */
class RealisticAppsTest {
  private static final Path APPS = CaseFile.root().resolveSibling("benchmarks/apps");
  private static final Pattern ROW =
      Pattern.compile(
          "^\\|\\s*\\d+\\s*\\|\\s*`?([^`|]+?)`?\\s*\\|\\s*(\\d+)\\s*\\|\\s*([^|]*?)\\s*\\|");
  private static final Pattern KNOWN_ROW =
      Pattern.compile("^\\|\\s*`?([^`|]+?)`?\\s*\\|\\s*(\\d+)\\s*\\|\\s*(\\w+)\\s*\\|");

  static Stream<String> apps() throws IOException {
    try (Stream<Path> folders = Files.list(APPS)) {
      return folders
          .filter(f -> Files.isRegularFile(f.resolve("EXPECTED.md")))
          .map(f -> f.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apps")
  void reportsWhatItsExpectationsSay(String app) {
    Path root = APPS.resolve(app);
    Expectations expected = Expectations.read(root.resolve("EXPECTED.md"));
    Set<String> knownMisses = known(app, "## Known misses");
    Set<String> knownExtra = known(app, "## Known extra findings");
    CliRun run = CliRun.of("--no-cache", "--threads", "1", root.toString());

    List<Reported> reported =
        run.findingLines().stream().map(line -> Reported.parse(root, line)).toList();
    List<String> missed = new ArrayList<>();
    for (String finding : expected.findings()) {
      if (reported.stream().noneMatch(r -> r.matches(finding))) {
        missed.add(finding);
      }
    }
    List<String> extra =
        reported.stream()
            .filter(r -> expected.findings().stream().noneMatch(r::matches))
            .map(Reported::toString)
            .distinct() // two findings of one rule on one line are one row of the README's table
            .toList();
    assertThat(missed)
        .as("expected findings not reported")
        .containsExactlyInAnyOrderElementsOf(knownMisses);
    assertThat(extra)
        .as("findings that are no expected one (traps: %s)", expected.traps())
        .containsExactlyInAnyOrderElementsOf(knownExtra);
    assertThat(run.err()).isEmpty();
  }

  /** {@code path:line Rule} of an app's rows in the README's table under {@code heading}. */
  private static Set<String> known(String app, String heading) {
    Set<String> rows = new HashSet<>();
    boolean inTable = false;
    for (String line : lines(APPS.resolve("README.md"))) {
      if (line.startsWith("## ")) {
        inTable = line.equals(heading);
        continue;
      }
      Matcher m = KNOWN_ROW.matcher(line);
      if (inTable && m.find() && m.group(1).startsWith(app + "/")) {
        rows.add(m.group(1).substring(app.length() + 1) + ":" + m.group(2) + " " + m.group(3));
      }
    }
    return rows;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The two tables of an {@code EXPECTED.md}: findings ({@code path:line Rule}) and traps. */
  private record Expectations(List<String> findings, List<String> traps) {
    static Expectations read(Path file) {
      List<String> findings = new ArrayList<>();
      List<String> traps = new ArrayList<>();
      List<String> section = null;
      for (String line : lines(file)) {
        if (line.startsWith("## ")) {
          String title = line.toLowerCase(java.util.Locale.ROOT);
          section = title.contains("trap") ? traps : title.contains("expected") ? findings : null;
          continue;
        }
        Matcher row = ROW.matcher(line);
        if (section != null && row.find()) {
          section.add(
              row.group(1) + ":" + row.group(2) + (section == findings ? " " + row.group(3) : ""));
        }
      }
      assertThat(findings).as("expected findings of %s", file).isNotEmpty();
      return new Expectations(findings, traps);
    }
  }

  /** A line of the text report: where, which rule. */
  private record Reported(String path, int line, String rule) {
    static Reported parse(Path root, String reportLine) {
      String[] parts = reportLine.split(" {2}", 3);
      String location = parts[0].substring(0, parts[0].lastIndexOf(':'));
      int colon = location.lastIndexOf(':');
      String path =
          root.relativize(Path.of(location.substring(0, colon)).toAbsolutePath()).toString();
      return new Reported(path, Integer.parseInt(location.substring(colon + 1)), parts[1]);
    }

    /** The same rule on the expected line, or one line off (a statement split over lines). */
    boolean matches(String expected) {
      String[] pathLine = expected.substring(0, expected.lastIndexOf(' ')).split(":");
      String expectedRule = expected.substring(expected.lastIndexOf(' ') + 1);
      return path.equals(pathLine[0])
          && Math.abs(line - Integer.parseInt(pathLine[1])) <= 1
          && rule.equals(expectedRule);
    }

    @Override
    public String toString() {
      return path + ":" + line + " " + rule;
    }
  }
}
