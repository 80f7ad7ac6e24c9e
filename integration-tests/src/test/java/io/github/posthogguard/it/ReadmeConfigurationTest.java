package io.github.posthogguard.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's copy-paste configuration is exactly what the examples build uses. */
class ReadmeConfigurationTest {
  private final Path examples = Expectation.examples();
  private final Path readme = examples.resolveSibling("README.md");

  @Test
  void theCompilerPluginBlockIsTheExamplesOne() throws IOException {
    String fromReadme =
        between(
                Files.readString(readme),
                "<!-- errorprone-config:begin -->",
                "<!-- errorprone-config:end -->")
            .replace("```xml", "")
            .replace("```", "");
    String fromPom =
        between(
            Files.readString(examples.resolve("pom.xml")),
            "<!-- posthog-guard:errorprone-config:begin -->",
            "<!-- posthog-guard:errorprone-config:end -->");

    assertThat(dedented(fromReadme)).isEqualTo(dedented(fromPom));
    // What Error Prone requires of javac, so that every file is checked before javac stops.
    assertThat(fromPom)
        .contains("<arg>-XDcompilePolicy=simple</arg>", "<arg>--should-stop=ifError=FLOW</arg>");
  }

  @Test
  void theJvmConfigLinesAreTheExamplesOnes() throws IOException {
    List<String> jvmConfig = Files.readAllLines(examples.resolve(".mvn/jvm.config"));
    List<String> readmeLines = Files.readAllLines(readme).stream().map(String::strip).toList();

    assertThat(jvmConfig)
        .isNotEmpty()
        .allSatisfy(line -> assertThat(readmeLines).contains(line.strip()));
  }

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    assertThat(from).as("marker %s", begin).isNotNegative();
    assertThat(to).as("marker %s", end).isGreaterThan(from);
    return text.substring(from + begin.length(), to);
  }

  private static List<String> dedented(String block) {
    List<String> lines = block.lines().filter(l -> !l.isBlank()).toList();
    int indent =
        lines.stream().mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.substring(indent).stripTrailing()).toList();
  }
}
