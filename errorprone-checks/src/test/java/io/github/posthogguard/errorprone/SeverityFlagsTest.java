package io.github.posthogguard.errorprone;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.errorprone.testing.ErrorProneCompilation;
import io.github.posthogguard.errorprone.testing.ErrorProneCompilation.Reported;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The -Xep flags and failure isolation, through javac with -Xplugin:ErrorProne. */
class SeverityFlagsTest {
  private static final String KEY = "phx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc";

  @TempDir Path dir;

  @Test
  void anErrorByDefaultFailsTheCompilation() throws IOException {
    var result =
        ErrorProneCompilation.compile(List.of(withKey("Config")), List.of("HardcodedPostHogKey"));

    assertThat(result.success()).isFalse();
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(Diagnostic.Kind.ERROR);
              assertThat(d.line()).isEqualTo(2);
              assertThat(d.column()).isEqualTo(30);
              assertThat(d.message()).contains("phx_...XyNc").doesNotContain(KEY);
            });
  }

  @Test
  void warnDowngradesAndTheBuildPasses() throws IOException {
    var result =
        ErrorProneCompilation.compile(
            List.of(withKey("Config")), List.of(), "-Xep:HardcodedPostHogKey:WARN");

    assertThat(result.success()).isTrue();
    assertThat(result.diagnostics())
        .extracting(Reported::kind)
        .containsExactly(Diagnostic.Kind.WARNING);
  }

  @Test
  void offSilencesTheCheck() throws IOException {
    var result =
        ErrorProneCompilation.compile(
            List.of(withKey("Config")),
            List.of("HardcodedPostHogKey"),
            "-Xep:HardcodedPostHogKey:OFF");

    assertThat(result.success()).isTrue();
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void excludedPathsAreNotChecked() throws IOException {
    var result =
        ErrorProneCompilation.compile(
            List.of(withKey("Config")),
            List.of("HardcodedPostHogKey"),
            "-XepExcludedPaths:.*/Config\\.java");

    assertThat(result.success()).isTrue();
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void aFileTheAnalyzerSkipsIsNamedOnceAndTheOthersAreStillChecked() throws IOException {
    Path unparsable = dir.resolve("B.java");
    Files.writeString(
        unparsable,
        "class B {\n  String k = \""
            + KEY
            + "\";\n  int f(int non, int sealed) { return non-sealed; }\n}\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    ErrorProneCompilation.Result result;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      result =
          ErrorProneCompilation.compile(
              List.of(unparsable, withKey("Config")), List.of("HardcodedPostHogKey"));
    } finally {
      System.setErr(original);
    }

    String printed = err.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .containsOnlyOnce("posthog-guard: skipped " + unparsable)
        .doesNotContain(KEY);
    assertThat(result.diagnostics()).extracting(Reported::line).containsExactly(2L);
  }

  private Path withKey(String name) throws IOException {
    Path file = dir.resolve(name + ".java");
    Files.writeString(
        file, "class " + name + " {\n  static final String KEY = \"" + KEY + "\";\n}\n");
    return file;
  }
}
