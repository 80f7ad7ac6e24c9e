package io.github.posthogguard.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.posthogguard.analyzer.JavaParsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A file's declarations come out as they were, on their lines, their bodies empty. */
class DeclarationsOnlyTest {
  private static final String TRICKY =
      """
      package p;

      import java.util.function.Supplier;

      @SuppressWarnings({"a", "b"})
      public class Tricky<T extends Comparable<T>> extends Base implements Api {
        static final String OPEN = "{";
        static final char CLOSE = '}';
        static final String BLOCK = \"""
            { not a brace " } \\\"""
            \""";
        int[] numbers = {1, 2, 3};
        Supplier<String> supplier = () -> { return "}"; };
        Runnable anonymous = new Runnable() {
          @Override public void run() { System.out.println("kept"); }
        };
        private final Logger log = Logger.get(Tricky.class);

        static { System.out.println("static { init"); }
        { System.out.println("instance init"); }

        public Tricky(String apiKey) { this.key = apiKey; /* } */ }

        // a comment with a brace {
        String record() { return "record"; }

        <R> R generic(Supplier<R> s) throws Exception {
          class Local { int x() { return 1; } }
          if (s != null) { return s.get(); }
          return null;
        }

        enum Mode {
          FAST("f") { @Override String code() { return "ff"; } },
          SLOW { @Override String code() { return "s"; } };
          Mode() {}
          Mode(String c) {}
          String code() { return ""; }
        }

        record Pair(String key, int value) implements Api {
          Pair { if (key == null) { throw new IllegalArgumentException("{"); } }
          static Pair of() { return new Pair("k", 1); }
        }

        @interface Marker { String[] value() default {"x"}; }

        interface Api { default String name() { return "api"; } }
      }
      """;

  @Test
  void keepsEveryDeclarationAndEmptiesEveryBody() {
    String stripped = DeclarationsOnly.of(TRICKY);

    assertThat(stripped.lines()).hasSameSizeAs(TRICKY.lines().toList());
    assertThat(stripped)
        .contains("Supplier<String> supplier = () -> { return \"}\"; };")
        .contains("System.out.println(\"kept\")")
        .contains("String[] value() default {")
        .doesNotContain("static { init")
        .doesNotContain("a comment")
        .doesNotContain("this.key = apiKey")
        .doesNotContain("class Local")
        .doesNotContain("return \"ff\"")
        .doesNotContain("IllegalArgumentException");
    assertThat(declarations(stripped)).isEqualTo(declarations(TRICKY));
  }

  @Test
  void everyCaseFileKeepsItsDeclarations() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("..", "test-cases"))) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(50);
    for (Path file : files) {
      String text = Files.readString(file);
      String stripped = DeclarationsOnly.of(text);
      assertThat(stripped.lines()).as(file.toString()).hasSameSizeAs(text.lines().toList());
      assertThat(declarations(stripped)).as(file.toString()).isEqualTo(declarations(text));
    }
  }

  @Test
  void unbalancedTextStaysUnparsable() {
    assertThat(JavaParsers.parse(DeclarationsOnly.of("class A { void f() { ")).isSuccessful())
        .isFalse();
    assertThat(JavaParsers.parse(DeclarationsOnly.of("class A { void f() } }")).isSuccessful())
        .isFalse();
  }

  /** The declarations other files may see, with their lines. Null when the text does not parse. */
  private static List<String> declarations(String text) {
    var result = JavaParsers.parse(text);
    if (!result.isSuccessful() || result.getResult().isEmpty()) {
      return null;
    }
    CompilationUnit unit = result.getResult().get();
    List<String> found = new ArrayList<>();
    unit.walk(
        node -> {
          if (isInBody(node)) {
            return;
          }
          String at = node.getBegin().map(p -> p.line).orElse(0) + " ";
          if (node instanceof TypeDeclaration<?> type) {
            found.add(at + "type " + type.getNameAsString() + " " + type.getModifiers());
          } else if (node instanceof FieldDeclaration field) {
            found.add(at + "field " + field.getVariables());
          } else if (node instanceof CallableDeclaration<?> callable) {
            found.add(at + "callable " + callable.getDeclarationAsString());
          }
        });
    return found;
  }

  /**
   * Inside a body that may be emptied (a method's, constructor's, initializer's, an enum
   * constant's) or inside an initializer that a field's own text compares.
   */
  private static boolean isInBody(Node node) {
    for (Node n = node.getParentNode().orElse(null);
        n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof CallableDeclaration<?>
          || n instanceof InitializerDeclaration
          || n instanceof EnumConstantDeclaration
          || n instanceof LambdaExpr
          || n instanceof ObjectCreationExpr) {
        return true;
      }
    }
    return false;
  }
}
