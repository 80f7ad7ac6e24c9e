package io.github.posthogguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * posthog-server releases before the one on the test classpath: their {@code PostHogConfig} takes
 * 19 arguments (no evaluation contexts), which javac cannot compile against the newer jar in the
 * case files, so the analyzer alone reads them here.
 */
class OlderSdkConstructorsTest {

  private static List<Finding> findings(String text, String rule) {
    FileAnalysis analysis = Rules.analyzer().analyze(new SourceFile("Clients.java", text));
    assertThat(analysis.problem()).isEmpty();
    return analysis.findingsOf(rule);
  }

  private static final String NINETEEN_ARGUMENTS =
      """
      import com.posthog.server.PostHogConfig;
      class Clients {
        PostHogConfig debugging(String projectKey) {
          return new PostHogConfig(projectKey, "https://eu.i.posthog.com", true, true, true, true,
              20, 1000, 50, 10, null, null, null, 1000, 300000, 1000, true,
              System.getenv("POSTHOG_PERSONAL_API_KEY"), 15);
        }
        PostHogConfig quiet(String projectKey) {
          return new PostHogConfig(projectKey, "https://eu.i.posthog.com", false, true, true, true,
              20, 1000, 50, 10, null, null, null, 1000, 300000, 1000, true,
              System.getenv("POSTHOG_PERSONAL_API_KEY"), 15);
        }
      }
      """;

  @Test
  void debugWithAPersonalKeyInTheNineteenArgumentConstructor() {
    assertThat(findings(NINETEEN_ARGUMENTS, PostHogDebugLogsPersonalKey.ID))
        .extracting(Finding::line)
        .containsExactly(4);
  }
}
