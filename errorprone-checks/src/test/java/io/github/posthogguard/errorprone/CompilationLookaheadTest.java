package io.github.posthogguard.errorprone;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.errorprone.testing.ErrorProneCompilation;
import io.github.posthogguard.errorprone.testing.ErrorProneCompilation.Reported;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compilation of many files is analyzed ahead of javac on a second thread: every file still gets
 * exactly its own findings, on its own lines, once, whichever thread analyzed it.
 */
class CompilationLookaheadTest {
  private static final String KEY = "phx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc";

  @TempDir Path dir;

  @Test
  void everyFileOfABigCompilationGetsItsOwnFindingsOnce() throws IOException {
    List<Path> sources = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // File i holds its key on line i + 2, and files without a key sit between them.
      StringBuilder text = new StringBuilder("class C" + i + " {\n");
      text.append("  // padding\n".repeat(i));
      text.append(
          i % 2 == 0 ? "  String k = \"" + KEY + "\";\n" : "  String k = \"phc_not_secret\";\n");
      text.append("}\n");
      sources.add(Files.writeString(dir.resolve("C" + i + ".java"), text));
    }

    var result = ErrorProneCompilation.compile(sources, List.of("HardcodedPostHogKey"));

    List<String> reported =
        result.diagnostics().stream().map(CompilationLookaheadTest::fileAndLine).sorted().toList();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 40; i += 2) {
      expected.add("C" + i + ".java:" + (i + 2));
    }
    assertThat(reported).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aFileInAnotherEncodingIsReadAsJavacReadsIt() throws IOException {
    String text =
        "class Latin {\n  String s = \"caf\u00e9 \u00e9t\u00e9\";\n  String k = \""
            + KEY
            + "\";\n}\n";
    Path latin = Files.write(dir.resolve("Latin.java"), text.getBytes(StandardCharsets.ISO_8859_1));
    Path other = Files.writeString(dir.resolve("Other.java"), "class Other {}\n");

    var result =
        ErrorProneCompilation.compile(
            List.of(latin, other),
            List.of("HardcodedPostHogKey"),
            List.of("-encoding", "ISO-8859-1"));

    assertThat(result.diagnostics()).extracting(Reported::line).containsExactly(3L);
  }

  private static String fileAndLine(Reported reported) {
    return reported.file() + ":" + reported.line();
  }
}
