package io.github.posthogguard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A test case of {@code test-cases/<RuleId>/}, or a file of a multi-file case ({@link
 * CaseProject}): a small Java file whose offending lines carry sonar-java's marker, {@code //
 * Noncompliant} (on the line) or {@code // Noncompliant@+N} / {@code @-N} (N lines away). A file
 * without markers is a negative case. Every surface runs the same files.
 *
 * <p>A marker may also state the issue's message and the lines of its secondary locations, in
 * sonar-java's syntax and in this order: {@code // Noncompliant {{message}} [[secondary=+1,12]]}. A
 * secondary line with a sign is relative to the marker's line, as in sonar-java; {@code
 * [[secondary=]]} states that there is none. What a marker does not state is not checked. The order
 * is the one both of sonar-java's verifiers read: {@code CheckVerifier} checks the message, {@code
 * InternalCheckVerifier} the message and the secondary lines; the other surfaces compare what they
 * report with {@link #mismatches(List)}.
 */
public record CaseFile(String ruleId, Path path, String text) {
  private static final Pattern MARKER = Pattern.compile("//\\s*Noncompliant(?:@([+-]\\d+))?");
  private static final Pattern ATTRIBUTES = Pattern.compile("\\[\\[(.*?)]]");
  private static final Pattern MESSAGE = Pattern.compile("\\{\\{(.*?)}}");
  private static final String SECONDARY = "secondary";

  /**
   * An issue a marker expects: its line, and its message and secondary lines where the marker
   * states them.
   */
  public record Expected(
      int line, Optional<String> message, Optional<List<Integer>> secondaryLines) {}

  /** An issue a surface reported on the file's rule, as a marker can state it. */
  public record Reported(int line, String message, List<Integer> secondaryLines) {
    public Reported {
      secondaryLines = secondaryLines.stream().sorted().toList();
    }

    boolean satisfies(Expected expected) {
      return line == expected.line()
          && expected.message().map(message::equals).orElse(true)
          && expected.secondaryLines().map(secondaryLines::equals).orElse(true);
    }
  }

  /** The {@code test-cases} folder, found from the module the tests run in. */
  public static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("test-cases");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no test-cases folder above " + Path.of("").toAbsolutePath());
  }

  /** The single-file cases: files right under {@code test-cases/<RuleId>/}. */
  public static List<CaseFile> all() {
    Path root = root();
    try (Stream<Path> files = Files.walk(root, 2)) {
      return files
          .filter(p -> p.toString().endsWith(".java") && root.relativize(p).getNameCount() == 2)
          .sorted()
          .map(CaseFile::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<CaseFile> of(String ruleId) {
    return all().stream().filter(c -> c.ruleId().equals(ruleId)).toList();
  }

  static CaseFile read(Path path) {
    try {
      return new CaseFile(
          root().relativize(path).getName(0).toString(),
          path,
          Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's name relative to {@code test-cases}, such as {@code Rule/Case.java}. */
  public String name() {
    return root().relativize(path).toString().replace('\\', '/');
  }

  /** The lines where the file's rule must report, sorted, once per expected finding. */
  public List<Integer> expectedLines() {
    return expectedIssues().stream().map(Expected::line).toList();
  }

  /** The issues the markers expect, sorted by line. */
  public List<Expected> expectedIssues() {
    List<Expected> expected = new ArrayList<>();
    String[] all = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < all.length; i++) {
      Matcher m = MARKER.matcher(all[i]);
      if (m.find()) {
        int markerLine = i + 1;
        String rest = all[i].substring(m.end());
        Matcher message = MESSAGE.matcher(rest);
        expected.add(
            new Expected(
                markerLine + (m.group(1) == null ? 0 : Integer.parseInt(m.group(1))),
                message.find() ? Optional.of(message.group(1)) : Optional.empty(),
                secondaryLines(rest, markerLine)));
      }
    }
    expected.sort(Comparator.comparingInt(Expected::line));
    return expected;
  }

  private Optional<List<Integer>> secondaryLines(String marker, int markerLine) {
    Matcher attributes = ATTRIBUTES.matcher(marker);
    if (!attributes.find()) {
      return Optional.empty();
    }
    Optional<List<Integer>> lines = Optional.empty();
    for (String attribute : attributes.group(1).split(";")) {
      String[] nameAndValue = attribute.split("=", 2);
      if (!nameAndValue[0].strip().equals(SECONDARY) || nameAndValue.length < 2) {
        // sonar-java knows more (sc, ec, ...), but only what every surface checks belongs here.
        throw new IllegalArgumentException(
            name() + ":" + markerLine + ": only [[secondary=...]] is checked by every surface");
      }
      lines =
          Optional.of(
              Arrays.stream(nameAndValue[1].split(","))
                  .map(String::strip)
                  .filter(v -> !v.isEmpty())
                  .map(
                      v ->
                          v.matches("[+-]\\d+")
                              ? markerLine + Integer.parseInt(v)
                              : Integer.parseInt(v))
                  .sorted()
                  .toList());
    }
    return lines;
  }

  /**
   * How {@code reported} (a surface's issues of this file's rule) differs from what the markers
   * expect, one line of text per difference; empty when they agree. Every marker must be met by its
   * own issue, and every issue must meet a marker.
   */
  public List<String> mismatches(List<Reported> reported) {
    List<Reported> unmatched = new ArrayList<>(reported);
    List<String> mismatches = new ArrayList<>();
    Set<Integer> linesTold = new HashSet<>();
    // The markers that state most are served first, so that a vaguer one cannot take their issue.
    List<Expected> expected = new ArrayList<>(expectedIssues());
    expected.sort(
        Comparator.comparingInt(
            (Expected e) ->
                (e.message().isPresent() ? 0 : 1) + (e.secondaryLines().isPresent() ? 0 : 1)));
    for (Expected marker : expected) {
      Optional<Reported> match = unmatched.stream().filter(r -> r.satisfies(marker)).findFirst();
      if (match.isPresent()) {
        unmatched.remove(match.get());
      } else {
        linesTold.add(marker.line());
        mismatches.add(
            name()
                + ":"
                + marker.line()
                + ": expected "
                + describe(marker)
                + " but got "
                + reported.stream().filter(r -> r.line() == marker.line()).toList());
      }
    }
    for (Reported extra : unmatched) {
      if (!linesTold.contains(extra.line())) {
        mismatches.add(name() + ":" + extra.line() + ": unexpected " + extra);
      }
    }
    return mismatches;
  }

  private static String describe(Expected marker) {
    return "an issue"
        + marker.message().map(m -> " {{" + m + "}}").orElse("")
        + marker
            .secondaryLines()
            .map(
                lines ->
                    " [[secondary="
                        + lines.stream().map(String::valueOf).collect(Collectors.joining(","))
                        + "]]")
            .orElse("");
  }

  @Override
  public String toString() {
    return name();
  }
}
