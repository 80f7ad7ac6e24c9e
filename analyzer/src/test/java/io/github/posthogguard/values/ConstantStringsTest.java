package io.github.posthogguard.values;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.VariableDeclarator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConstantStringsTest {

  private static Optional<String> valueOfField(String source, String field) {
    CompilationUnit unit =
        new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_21))
            .parse(source)
            .getResult()
            .orElseThrow();
    VariableDeclarator declarator =
        unit.findFirst(VariableDeclarator.class, v -> v.getNameAsString().equals(field))
            .orElseThrow();
    return new ConstantStrings(unit).valueOf(declarator.getInitializer().orElseThrow());
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
