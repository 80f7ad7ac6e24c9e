package io.github.posthogguard.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.type.VarType;
import org.junit.jupiter.api.Test;

/** The parser reads what javac accepts, without the language-level validation it does not need. */
class JavaParsersTest {

  @Test
  void localVariableTypeInferenceStillYieldsVarTypes() {
    ParseResult<CompilationUnit> parsed =
        JavaParsers.forThisThread().parse("class A { void a() { var key = \"k\"; } }");

    assertThat(
            parsed
                .getResult()
                .orElseThrow()
                .findFirst(VariableDeclarator.class)
                .orElseThrow()
                .getType())
        .isInstanceOf(VarType.class);
  }

  @Test
  void aTextThatNamesVarGetsVarTypesAfterOneThatDoesNot() {
    JavaParsers.parse("class B { int variable; }");
    ParseResult<CompilationUnit> parsed =
        JavaParsers.parse("class A { void a() { for (var e : java.util.List.of(1)) {} } }");

    assertThat(parsed.getResult().orElseThrow().findFirst(VarType.class)).isPresent();
  }

  @Test
  void aUnicodeEscapeWithSeveralUsParsesAsJavacReadsIt() {
    String text = "class M { String s = \"\\uu001A\"; String t = \"\\\\uu\"; int after; }";
    assertThat(JavaParsers.parse(text).isSuccessful()).isTrue();
    assertThat(JavaParsers.withOneU(text)).hasSameSizeAs(text).contains(" \\u001A", "\\\\uu");
  }

  @Test
  void theWordVarIsToldFromNamesThatContainIt() {
    assertThat(JavaParsers.mayNameVar("int variable; String invar; var_x = 1;")).isFalse();
    assertThat(JavaParsers.mayNameVar("var x = 1;")).isTrue();
    assertThat(JavaParsers.mayNameVar("(var a, var b) -> a")).isTrue();
    assertThat(JavaParsers.mayNameVar("\\u0076ar x = 1;")).isTrue(); // an escape may spell it
  }

  @Test
  void newerCodeThanTheValidatorsKnowIsRead() {
    String unnamedVariables =
        "class A { void a(java.util.List<String> l) { for (String _ : l) {} try { } catch (RuntimeException _) { } } }";

    assertThat(JavaParsers.forThisThread().parse(unnamedVariables).isSuccessful()).isTrue();
  }

  @Test
  void theLanguageLevelValidatorIsOffAndYieldIsStillRead() {
    assertThat(JavaParsers.skipsValidation())
        .as("JavaParser moved its language-level processor")
        .isTrue();
    String onlyTheValidatorRejects = "class A { private public int x; }";
    String switchExpression =
        "class A { int a(int v) { return switch (v) { default -> { yield v; } }; } }";

    assertThat(JavaParsers.forThisThread().parse(onlyTheValidatorRejects).isSuccessful()).isTrue();
    assertThat(JavaParsers.forThisThread().parse(switchExpression).isSuccessful()).isTrue();
  }

  @Test
  void syntaxErrorsAreStillProblems() {
    assertThat(JavaParsers.forThisThread().parse("class A { void a( }").isSuccessful()).isFalse();
  }
}
