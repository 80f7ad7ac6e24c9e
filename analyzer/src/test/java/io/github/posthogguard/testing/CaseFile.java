package io.github.posthogguard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A test case of {@code test-cases/<RuleId>/}: a small Java file whose offending lines carry
 * sonar-java's marker, {@code // Noncompliant} (on the line) or {@code // Noncompliant@+N} /
 * {@code @-N} (N lines away). A file without markers is a negative case. Every surface runs the
 * same files.
 */
public record CaseFile(String ruleId, Path path, String text) {
  private static final Pattern MARKER = Pattern.compile("//\\s*Noncompliant(?:@([+-]\\d+))?");

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

  public static List<CaseFile> all() {
    try (Stream<Path> files = Files.walk(root())) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
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
          path.getParent().getFileName().toString(),
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
    List<Integer> lines = new ArrayList<>();
    String[] all = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < all.length; i++) {
      Matcher m = MARKER.matcher(all[i]);
      if (m.find()) {
        lines.add(i + 1 + (m.group(1) == null ? 0 : Integer.parseInt(m.group(1))));
      }
    }
    lines.sort(null);
    return lines;
  }

  @Override
  public String toString() {
    return name();
  }
}
