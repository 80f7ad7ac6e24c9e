package io.github.posthogguard.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/** The check as Error Prone's own test helper sees it, with posthog-server on the class path. */
class PostHogDebugLogsPersonalKeyTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(PostHogDebugLogsPersonalKey.class, getClass());

  @Test
  void reportsTheDebugCallWithTheDocLinkAndNoKey() {
    helper
        .addSourceLines(
            "Flags.java",
            "import com.posthog.server.PostHogConfig;",
            "class Flags {",
            "  PostHogConfig config() {",
            "    return PostHogConfig.builder(System.getenv(\"POSTHOG_PROJECT_API_KEY\"))",
            "        .personalApiKey(System.getenv(\"POSTHOG_PERSONAL_API_KEY\"))",
            "        // BUG: Diagnostic matches: leak",
            "        .debug(true)",
            "        .build();",
            "  }",
            "}")
        .expectErrorMessage(
            "leak",
            s ->
                s.contains("PostHog debug logging prints the personal API key")
                    && s.contains("rules-docs/PostHogDebugLogsPersonalKey.md"))
        .doTest();
  }

  @Test
  void debugOffCompilesClean() {
    helper
        .addSourceLines(
            "Flags.java",
            "import com.posthog.server.PostHogConfig;",
            "class Flags {",
            "  PostHogConfig config(boolean debug) {",
            "    return PostHogConfig.builder(System.getenv(\"POSTHOG_PROJECT_API_KEY\"))",
            "        .personalApiKey(System.getenv(\"POSTHOG_PERSONAL_API_KEY\"))",
            "        .debug(debug)",
            "        .build();",
            "  }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }
}
