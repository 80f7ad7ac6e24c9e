package io.github.posthogguard.values;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.VariableDeclarator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConstantBooleansTest {

  private static Optional<Boolean> valueOfVariable(String source, String variable) {
    CompilationUnit unit =
        new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_21))
            .parse(source)
            .getResult()
            .orElseThrow();
    VariableDeclarator declarator =
        unit.findFirst(VariableDeclarator.class, v -> v.getNameAsString().equals(variable))
            .orElseThrow();
    return new ConstantBooleans(unit).valueOf(declarator.getInitializer().orElseThrow());
  }

  @Test
  void literalsNegationBoxesAndConstantsOfTheFile() {
    String source =
        """
        class A {
          static final boolean ON = true;
          boolean a = ON;
          boolean b = !(B.OFF);
          boolean c = Boolean.FALSE;
          boolean d = this.ON;
          boolean e = I.FLAG;
        }
        class B { static final boolean OFF = false; }
        interface I { boolean FLAG = !B.OFF; }
        """;
    assertThat(valueOfVariable(source, "a")).hasValue(true);
    assertThat(valueOfVariable(source, "b")).hasValue(true);
    assertThat(valueOfVariable(source, "c")).hasValue(false);
    assertThat(valueOfVariable(source, "d")).hasValue(true);
    assertThat(valueOfVariable(source, "e")).hasValue(true);
  }

  @Test
  void whatIsReadAtRunTimeHasNoValue() {
    String source =
"""
class A {
  static boolean MUTABLE = true;
  static final boolean ENV = Boolean.parseBoolean(System.getenv("DEBUG"));
  boolean a = MUTABLE;
  boolean b = ENV;
  boolean m(boolean ON) { boolean c = ON; boolean local = true; boolean d = local; return c && d; }
  static final boolean ON = true;
}
""";
    assertThat(valueOfVariable(source, "a")).isEmpty();
    assertThat(valueOfVariable(source, "b")).isEmpty();
    assertThat(valueOfVariable(source, "c")).isEmpty();
    assertThat(valueOfVariable(source, "d")).isEmpty();
  }

  @Test
  void finalLocalsCountAndCyclesHaveNoValue() {
    String source =
        """
        class A {
          static final boolean X = !Y;
          static final boolean Y = !X;
          void m() { final boolean on = true; boolean z = on; }
        }
        """;
    assertThat(valueOfVariable(source, "X")).isEmpty();
    assertThat(valueOfVariable(source, "z")).hasValue(true);
  }
}
