package io.github.posthogguard.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.body.VariableDeclarator;
import io.github.posthogguard.analyzer.Analyzer;
import io.github.posthogguard.analyzer.JavaFile;
import io.github.posthogguard.analyzer.SourceFile;
import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.project.ProjectView;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConstantsTest {

  private static Evaluator evaluator(String source) {
    JavaFile file =
        new Analyzer(List.of()).parse(new SourceFile("A.java", source), ProjectView.NONE).file();
    return Evaluator.of(file, FlowOptions.NONE);
  }

  private static Optional<String> valueOfField(String source, String field) {
    Evaluator evaluator = evaluator(source);
    VariableDeclarator declarator =
        evaluator
            .semantics()
            .unit()
            .findFirst(VariableDeclarator.class, v -> v.getNameAsString().equals(field))
            .orElseThrow();
    return evaluator.constant(declarator.getInitializer().orElseThrow());
  }

  private static Optional<Boolean> booleanOfField(String source, String field) {
    Evaluator evaluator = evaluator(source);
    VariableDeclarator declarator =
        evaluator
            .semantics()
            .unit()
            .findFirst(VariableDeclarator.class, v -> v.getNameAsString().equals(field))
            .orElseThrow();
    return evaluator.constantBoolean(declarator.getInitializer().orElseThrow());
  }

  @Test
  void booleansFromLiteralsNegationBooleanConstantsAndFinalVariables() {
    String source =
        """
        class A {
          static final boolean ON = true;
          final boolean off = !ON;
          boolean notFinal = true;
          boolean a = ON, b = off, c = Boolean.FALSE, d = !(Boolean.TRUE), e = notFinal;
        }
        """;
    assertThat(booleanOfField(source, "a")).hasValue(true);
    assertThat(booleanOfField(source, "b")).hasValue(false);
    assertThat(booleanOfField(source, "c")).hasValue(false);
    assertThat(booleanOfField(source, "d")).hasValue(false);
    assertThat(booleanOfField(source, "e")).isEmpty();
  }

  @Test
  void followsConstantsAcrossTypesOfTheFile() {
    String source =
        """
        class A { static final String P = "ab" + B.Q; String x = P + 1 + 2 + 'c'; }
        class B { static final String Q = "cd".concat("ef").strip(); }
        """;
    assertThat(valueOfField(source, "x")).hasValue("abcdef12c");
  }

  @Test
  void aCycleOfConstantsHasNoValue() {
    String source =
        "class A { static final String X = Y + \"a\"; static final String Y = X + \"b\"; }";
    assertThat(valueOfField(source, "X")).isEmpty();
  }

  @Test
  void charPlusCharIsArithmeticNotText() {
    assertThat(valueOfField("class A { String x = 'a' + 'b' + \"c\"; }", "x")).isEmpty();
  }

  @Test
  void nonFinalFieldsAndShadowingLocalsAreUnknown() {
    String source =
        """
        class A {
          static String MUTABLE = "a";
          static final String FIXED = "b";
          String m(String FIXED) { String y = MUTABLE + "x"; String z = FIXED + "x"; return y + z; }
        }
        """;
    assertThat(valueOfField(source, "y")).isEmpty();
    assertThat(valueOfField(source, "z")).isEmpty();
  }

  @Test
  void aFinalLocalIsAConstant() {
    String source = "class A { void m() { final String p = \"ph\"; String k = p + \"x_\"; } }";
    assertThat(valueOfField(source, "k")).hasValue("phx_");
  }

  @Test
  void decodesEscapesAndTextBlocks() {
    String source =
        "class A { String u = \"\\u0070h\\x\"; String t = \"\"\"\n    a\\\n    b\n    \"\"\"; }";
    assertThat(valueOfField(source.replace("\\x", "x"), "u")).hasValue("phx");
    assertThat(valueOfField(source.replace("\\x", "x"), "t")).hasValue("ab\n");
  }
}
