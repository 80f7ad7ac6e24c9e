package io.github.posthogguard.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/** The check as Error Prone's own test helper sees it. */
class HardcodedPostHogKeyTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(HardcodedPostHogKey.class, getClass());

  @Test
  void reportsAKeyWithItsTypeMaskedAndTheDocLink() {
    helper
        .addSourceLines(
            "Config.java",
            "class Config {",
            "  // BUG: Diagnostic matches: masked",
            "  static final String KEY = \"phx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc\";",
            "}")
        .expectErrorMessage(
            "masked",
            s ->
                s.contains("Hard-coded PostHog personal API key phx_...XyNc")
                    && s.contains("rules-docs/HardcodedPostHogKey.md")
                    && !s.contains("aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc"))
        .doTest();
  }

  @Test
  void reportsWhereTheKeyIsJoinedWithItsBodysLiteral() {
    helper
        .addSourceLines(
            "Config.java",
            "class Config {",
            "  static final String PREFIX = \"phs_\";",
            "  static final String BODY = \"3CDKubUGSYz9IBwekC1nPot4nMoTz1WvwjE0Qs88YuggXWZ\";",
            "  // BUG: Diagnostic contains: phs_...gXWZ: rotate it in PostHog and load the new one from the environment or a secret store [line 3: the key's body is written here]",
            "  static final String KEY = PREFIX + BODY;",
            "  static final String HEADER = \"Bearer \" + KEY;",
            "}")
        .doTest();
  }

  @Test
  void suppressionOnAnyEnclosingDeclarationWorksAsInEveryOtherSurface() {
    helper
        .addSourceLines(
            "Config.java",
            "class Config {",
            "  @SuppressWarnings(\"HardcodedPostHogKey\")",
            "  String a() { return \"phx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc\"; }",
            "  @SuppressWarnings(\"posthog-guard:HardcodedPostHogKey\")",
            "  static class Inner {",
            "    String b() { return \"phx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc\"; }",
            "  }",
            "  String c() {",
            "    // BUG: Diagnostic contains: HardcodedPostHogKey",
            "    return \"phx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc\";",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void theProjectKeyAndPlaceholdersCompileClean() {
    helper
        .addSourceLines(
            "Config.java",
            "class Config {",
            "  static final String PROJECT = \"phc_0U6nMp5gr2iTwvseLX9XVV1FuymUnZSxp2hpS7zw7UN\";",
            "  static final String PLACEHOLDER = \"phx_your_personal_api_key_here\";",
            "  boolean personal(String key) { return key.startsWith(\"phx_\"); }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void aFileJavaParserCannotParseStillCompiles() {
    helper
        .addSourceLines(
            "B.java",
            "class B {",
            "  static final String KEY = \"phx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc\";",
            "  int f(int non, int sealed) { return non-sealed; }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }
}
