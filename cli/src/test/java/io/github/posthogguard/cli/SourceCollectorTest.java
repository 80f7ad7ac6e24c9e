package io.github.posthogguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCollectorTest {
  @TempDir Path dir;

  @Test
  void findsEveryFileRecursivelySortedAndOnce() {
    TestSources.write(dir, "b/B.java", TestSources.clean("B"));
    TestSources.write(dir, "a/deep/er/A.java", TestSources.clean("A"));
    TestSources.write(dir, "a/readme.md", "# not java");

    SourceCollector.Sources sources = SourceCollector.collect(List.of(dir, dir.resolve("a")));

    assertThat(sources.files())
        .extracting(SourceCollector::display)
        .containsExactly(
            dir.resolve("a/deep/er/A.java").toString(),
            dir.resolve("a/readme.md").toString(),
            dir.resolve("b/B.java").toString());
    assertThat(sources.notices()).isEmpty();
    assertThat(sources.unreadable()).isEmpty();
  }

  @Test
  void followsSymbolicLinksButNotTheirLoops() throws Exception {
    TestSources.write(dir, "src/A.java", TestSources.clean("A"));
    TestSources.write(dir, "other/O.java", TestSources.clean("O"));
    Files.createSymbolicLink(dir.resolve("src/loop"), dir.resolve("src"));
    Files.createSymbolicLink(dir.resolve("src/linked"), dir.resolve("other"));

    SourceCollector.Sources sources = SourceCollector.collect(List.of(dir.resolve("src")));

    assertThat(sources.files())
        .extracting(SourceCollector::display)
        .containsExactly(
            dir.resolve("src/A.java").toString(), dir.resolve("src/linked/O.java").toString());
    assertThat(sources.notices())
        .singleElement()
        .satisfies(
            n -> assertThat(n.message()).contains(dir.resolve("src/loop").toString(), "loop"));
  }

  @Test
  void aNamedFileThatIsNotJavaIsScannedAsText() {
    Path text = TestSources.write(dir, "notes.txt", "phx_nothing");

    CliRun run = CliRun.of(text.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.summary()).isEqualTo("No findings in 1 file");
  }

  @Test
  void readsUtf8AndFallsBackToLatin1() throws Exception {
    Path utf8 = TestSources.write(dir, "U.java", "class U { String s = \"caf\u00e9\"; }");
    Path latin1 = dir.resolve("L.java");
    Files.write(
        latin1, "class L { String s = \"caf\u00e9\"; }".getBytes(StandardCharsets.ISO_8859_1));
    Path bom = dir.resolve("M.java");
    Files.write(bom, "\uFEFFclass M {}".getBytes(StandardCharsets.UTF_8));

    assertThat(ProjectScanner.read(utf8))
        .isEqualTo(
            new ProjectScanner.Text(
                "class U { String s = \"caf\u00e9\"; }", StandardCharsets.UTF_8));
    assertThat(ProjectScanner.read(latin1))
        .isEqualTo(
            new ProjectScanner.Text(
                "class L { String s = \"caf\u00e9\"; }", StandardCharsets.ISO_8859_1));
    assertThat(ProjectScanner.read(bom).text()).isEqualTo("class M {}");
  }

  @Test
  void aLatin1FileIsStillAnalyzedWithANote() throws Exception {
    Path latin1 = dir.resolve("L.java");
    Files.write(
        latin1,
        ("class L {\n  String s = \"caf\u00e9\";\n  String k = \""
                + TestSources.PERSONAL_KEY
                + "\";\n}\n")
            .getBytes(StandardCharsets.ISO_8859_1));

    CliRun run = CliRun.of(dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.findingLines()).singleElement().asString().startsWith(latin1 + ":3:15  ");
    assertThat(run.err()).contains(latin1 + ": not valid UTF-8; read as ISO-8859-1");
  }
}
