package io.github.posthogguard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Files no surface may choke on (issue 14): large, deep, long-line, binary, not UTF-8, BOM and
 * CRLF, empty, {@code module-info}/{@code package-info}, Java 21 and 25 syntax, and a symbolic link
 * loop, written to a folder with what each surface must make of them. Most hold one hard-coded key,
 * which every surface must report; the files a surface cannot analyze in full say why they are
 * skipped.
 */
public final class HostileCorpus {
  /** A plausible personal API key, not a real one. */
  public static final String KEY = "phx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc";

  /** Where the corpus differs for a surface. */
  public enum Surface {
    CLI,
    JAVAC,
    SONAR
  }

  /**
   * One file: the lines where {@code HardcodedPostHogKey} must be reported; the words of the one
   * line that names it as skipped or not parsed (null: none); and the surfaces that read it ({@code
   * JAVAC}: it compiles with javac 17 in the package {@code hostile}).
   */
  public record Entry(
      Path path, List<Integer> keyLines, String skipReason, List<Surface> surfaces) {
    public boolean readBy(Surface surface) {
      return surfaces.contains(surface);
    }
  }

  private static final List<Surface> ALL = List.of(Surface.CLI, Surface.JAVAC, Surface.SONAR);
  private static final List<Surface> CLI_AND_SONAR = List.of(Surface.CLI, Surface.SONAR);
  private static final List<Surface> CLI_ONLY = List.of(Surface.CLI);

  /** Stands for the line of the file's key, found when the file is written. */
  private static final List<Integer> KEYED = List.of(-1);

  private HostileCorpus() {}

  /** Writes the corpus under {@code dir}, which must be empty, and says what to expect of it. */
  public static List<Entry> write(Path dir) {
    try {
      return writeAll(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Entry> writeAll(Path dir) throws IOException {
    List<Entry> entries = new ArrayList<>();
    // ~1.2 MB in 6,000 methods: parsed and analyzed in full, well within the default budgets
    StringBuilder large = new StringBuilder("package hostile;\n\nclass Large {\n");
    for (int i = 0; i < 6_000; i++) {
      large.append("  /** Returns ").append(i).append(", documented at length: ");
      large.append("the quick brown fox jumps over the lazy dog. ".repeat(3)).append("*/\n");
      large.append("  int m").append(i).append("() { return ").append(i).append("; }\n");
      if (i == 4_321) {
        large.append("  String key() { return \"").append(KEY).append("\"; }\n");
      }
    }
    large.append("}\n");
    entries.add(text(dir, "Large.java", large.toString(), KEYED, null, ALL));

    // over the 2 MB parse limit: the key is still found by the text scan
    StringBuilder huge = new StringBuilder("package hostile;\n\n");
    for (int i = 0; i < 40_000; i++) {
      huge.append("// filler line ").append(i).append(" of a generated file, kept for its size\n");
    }
    huge.append("class Huge {\n  String k = \"").append(KEY).append("\";\n}\n");
    entries.add(text(dir, "Huge.java", huge.toString(), KEYED, "larger than 2 MB", ALL));

    entries.add(
        text(
            dir,
            "LongLine.java",
            "package hostile;\nclass LongLine { String k = \""
                + KEY
                + "\"; } // "
                + "7, ".repeat(100_000)
                + "\n",
            KEYED,
            null,
            ALL));

    entries.add(
        text(
            dir,
            "DeepParens.java",
            "package hostile;\nclass DeepParens {\n  String k = "
                + "(".repeat(10_000)
                + '"'
                + KEY
                + '"'
                + ")".repeat(10_000)
                + ";\n}\n",
            KEYED,
            null,
            ALL));
    entries.add(
        text(
            dir,
            "DeepBlocks.java",
            "package hostile;\nclass DeepBlocks {\n  void f() {\n"
                + "{".repeat(10_000)
                + "\n    String k = \""
                + KEY
                + "\";\n"
                + "}".repeat(10_000)
                + "\n  }\n}\n",
            KEYED,
            null,
            ALL));
    StringBuilder terms = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      terms.append("\"t").append(i % 10).append("\" + ");
    }
    entries.add(
        text(
            dir,
            "LongConcat.java",
            "package hostile;\nclass LongConcat {\n  String k =\n      "
                + terms
                + "\n      \""
                + KEY
                + "\";\n}\n",
            KEYED,
            null,
            ALL));

    byte[] binary = new byte[4096];
    new Random(14).nextBytes(binary);
    binary[10] = 0;
    Files.write(dir.resolve("Binary.java"), binary);
    entries.add(new Entry(dir.resolve("Binary.java"), List.of(), null, CLI_ONLY));

    byte[] latin1 =
        ("package hostile;\n// caf\u00e9 au lait\nclass Latin1 {\n  String k = \""
                + KEY
                + "\";\n}\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(dir.resolve("Latin1.java"), latin1);
    entries.add(new Entry(dir.resolve("Latin1.java"), List.of(4), null, CLI_ONLY));

    entries.add(
        text(
            dir,
            "Bom.java",
            "\uFEFFpackage hostile;\r\n\r\nclass Bom {\r\n  String k = \"" + KEY + "\";\r\n}\r\n",
            KEYED,
            null,
            CLI_ONLY));
    entries.add(
        text(
            dir,
            "Crlf.java",
            "package hostile;\r\n\r\nclass Crlf {\r\n  String k = \"" + KEY + "\";\r\n}\r\n",
            KEYED,
            null,
            ALL));
    entries.add(text(dir, "Empty.java", "", List.of(), null, ALL));

    entries.add(
        text(
            dir,
            "module-info.java",
            "// " + KEY + "\nmodule hostile.corpus {\n  exports hostile;\n}\n",
            KEYED,
            null,
            CLI_ONLY));
    entries.add(
        text(
            dir,
            "package-info.java",
            "/** The corpus; " + KEY + " */\npackage hostile;\n",
            KEYED,
            null,
            ALL));

    entries.add(
        text(
            dir,
            "Modern21.java",
            """
            package hostile;

            sealed interface Shape permits Circle, Square {}

            record Circle(double radius) implements Shape {}

            record Square(double side) implements Shape {}

            class Modern21 {
              String k = "%s";

              static double area(Shape shape) {
                return switch (shape) {
                  case Circle(double r) when r > 0 -> Math.PI * r * r;
                  case Circle c -> 0;
                  case Square(double side) -> side * side;
                };
              }

              static String describe(Object o) {
                return o instanceof String s && !s.isEmpty() ? s : String.valueOf(o);
              }
            }
            """
                .formatted(KEY),
            KEYED,
            null,
            CLI_ONLY));
    entries.add(
        text(
            dir,
            "Modern25.java",
            """
            import module java.base;

            String k = "%s";

            void main() {
              List<String> names = List.of("a", "b");
              for (String _ : names) {
                IO.println(names.size());
              }
            }
            """
                .formatted(KEY),
            KEYED,
            null,
            CLI_ONLY));

    // javac reads "non-sealed" as a subtraction; JavaParser takes it for the modifier
    entries.add(
        text(
            dir,
            "Rejected.java",
            "package hostile;\nclass Rejected {\n  String password = \""
                + KEY
                + "\";\n  int f(int non, int sealed) { return non-sealed; }\n}\n",
            List.of(),
            "could not parse it",
            List.of(Surface.CLI, Surface.JAVAC)));

    Path loop = Files.createDirectories(dir.resolve("loop"));
    Files.createSymbolicLink(loop.resolve("again"), loop);
    entries.add(text(dir, "loop/InLoop.java", withKey("InLoop"), KEYED, null, ALL));
    return entries;
  }

  private static String withKey(String type) {
    return "package hostile;\n\nclass " + type + " {\n  String k = \"" + KEY + "\";\n}\n";
  }

  private static Entry text(
      Path dir,
      String name,
      String text,
      List<Integer> keyLines,
      String skipReason,
      List<Surface> surfaces)
      throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, text, StandardCharsets.UTF_8);
    List<Integer> lines = keyLines;
    if (keyLines == KEYED) {
      String before = text.substring(0, text.indexOf(KEY));
      lines = List.of((int) before.chars().filter(c -> c == '\n').count() + 1);
    }
    return new Entry(path, lines, skipReason, surfaces);
  }
}
