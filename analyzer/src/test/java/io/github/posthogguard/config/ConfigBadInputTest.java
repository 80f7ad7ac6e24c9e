package io.github.posthogguard.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.LineMap;
import io.github.posthogguard.analyzer.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input no reader should choke on: each still gives the key written in its text and no problem, and
 * nothing is read from outside the file.
 */
class ConfigBadInputTest {
  private static final String KEY = "phx_kNtaU4i5GpIpatEJc2vPjjeJeRvtQRxFAoCRIsBhyIRPK2i";

  private static FileAnalysis analyze(String path, String text) {
    return new ConfigAnalyzer().analyze(new SourceFile(path, text));
  }

  @Test
  void deeplyNestedYamlJsonAndHoconFallBackToText() {
    String deep = "[".repeat(20_000) + "\"" + KEY + "\"" + "]".repeat(20_000);

    for (String path : new String[] {"deep.json", "deep.yml", "application.conf"}) {
      FileAnalysis analysis = analyze(path, deep);
      assertThat(analysis.problem()).isEmpty();
      assertThat(analysis.findings()).hasSize(1);
    }
  }

  @Test
  void aYamlAliasBombIsNotExpanded() {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\", \"lol\"]\n");
    for (char c = 'b'; c <= 'z'; c++) {
      char p = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p);
      bomb.append(", *").append(p).append("]\n");
    }
    bomb.append("key: ").append(KEY).append('\n');

    FileAnalysis analysis =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> analyze("bomb.yml", bomb.toString()));

    assertThat(analysis.findings()).hasSize(1);
  }

  /**
   * The JDK's parser reports a NUL in a DTD with a message key its own bundle lacks ({@code
   * MissingResourceException: InvalidCharInDTD}, found by the fuzzer): a malformed document all the
   * same, read as plain text.
   */
  @Test
  void xmlTheJdkParserCannotDescribeIsMalformedNotAFailure() {
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE config [ <!ENTITY \0y SYSTEM \"x\"> ]>\n"
            + "<config><posthog personal-api-key=\""
            + KEY
            + "\"/></config>\n";

    String path = "app/src/main/res/values/strings.xml";

    assertThatThrownBy(
            () ->
                ConfigFile.readEntries(
                    new EntrySink(path, xml, new LineMap(xml)), ConfigFormat.XML, path))
        .isInstanceOf(XMLStreamException.class)
        .hasMessageContaining("malformed XML (InvalidCharInDTD)");
    assertThat(analyze(path, xml).findings()).hasSize(1);
  }

  @Test
  void xmlEntitiesAreNeitherExpandedNorFetched(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "phx_yElwmrYEE8mBvo8fg2TrrBwyMZDrXqDjrDYazmDtlRyIS4Y");
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE c [ <!ENTITY k SYSTEM \""
            + secret.toUri()
            + "\"> <!ENTITY a \"aaaaaaaaaa\"> <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"> ]>\n"
            + "<c><posthog.personal-api-key>&k;</posthog.personal-api-key><b>&b;</b></c>\n";

    FileAnalysis analysis = analyze("config.xml", xxe);

    assertThat(analysis.problem()).isEmpty();
    assertThat(analysis.findings()).isEmpty();
  }

  @Test
  void aLargeFileIsScannedInLinearTime() {
    StringBuilder big = new StringBuilder(20_000_000);
    String line = "2026-12-02T10:00:00Z INFO phc_ request served in 12 ms \\u0041 &#65; _x_\n";
    while (big.length() < 20_000_000) {
      big.append(line);
    }
    big.append("token=").append(KEY).append('\n');

    FileAnalysis analysis =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> analyze("server.log", big.toString()));

    assertThat(analysis.findings()).hasSize(1);
    assertThat(analysis.findings().get(0).line()).isEqualTo(big.toString().split("\n").length);
  }

  @Test
  void garbageAndUnterminatedLiteralsAreText() {
    String[] paths = {
      "a.properties", "a.toml", "a.kt", "build.gradle", ".env", "a.sh", "Dockerfile", "a.conf"
    };
    String garbage =
        "\0\1\2 \"unterminated \\u12 \\x $'\\ \\\n'''\"\"\" ${{{ [[[ = = \n" + KEY + "\n\\";
    for (String path : paths) {
      FileAnalysis analysis = analyze(path, garbage);
      assertThat(analysis.problem()).as(path).isEmpty();
      assertThat(analysis.findings()).as(path).hasSize(1);
    }
  }
}
