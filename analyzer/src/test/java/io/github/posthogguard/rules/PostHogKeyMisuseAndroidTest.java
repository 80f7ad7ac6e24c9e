package io.github.posthogguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * The Android SDKs, analyzer only: posthog-android is an AAR (and needs android.jar), so these
 * cases cannot be compiled by javac in the case-file suites. Signatures read in posthog-android
 * 3.27.2's classes.jar; the 2.x builder as the catalog describes it.
 */
class PostHogKeyMisuseAndroidTest {

  private static java.util.List<Finding> findings(String text) {
    FileAnalysis analysis = Rules.analyzer().analyze(new SourceFile("App.java", text));
    assertThat(analysis.problem()).isEmpty();
    return analysis.findingsOf(PostHogKeyMisuse.ID);
  }

  @Test
  void personalKeyInAndroidConfig() {
    var found =
        findings(
            """
        import com.posthog.android.PostHogAndroidConfig;
        class App {
          PostHogAndroidConfig config() {
            return new PostHogAndroidConfig(BuildConfig.POSTHOG_PERSONAL_API_KEY, "https://eu.i.posthog.com");
          }
          PostHogAndroidConfig right() {
            return new PostHogAndroidConfig(BuildConfig.POSTHOG_API_KEY);
          }
        }
        """);
    assertThat(found).extracting(Finding::line).containsExactly(4);
    assertThat(found.get(0).message())
        .contains("personal API key", "new PostHogAndroidConfig()", "401")
        .doesNotContain("phx_");
  }

  @Test
  void personalKeyInTheLegacyAndroidBuilderSecondArgument() {
    var found =
        findings(
            """
        import com.posthog.android.PostHog;
        class App {
          static final String KEY = "phx_NBTj56vc8Rf5aF47VU6H7dV5ve9Giif5efT5G4dxALUBc9eM";
          PostHog wrong(android.content.Context context) {
            return new PostHog.Builder(context, KEY).build();
          }
          PostHog right(android.content.Context context) {
            return new PostHog.Builder(context, "phc_Q3XQCh9Z5FsLAqHTTyZ7CWTdKzAvVydKoUQmzSGB7DBG").build();
          }
          PostHog keyFirstIsNotTheKeySlot(android.content.Context context) {
            return new com.posthog.android.PostHog.Builder(KEY, context).build();
          }
        }
        """);
    assertThat(found).extracting(Finding::line).containsExactly(5);
    assertThat(found.get(0).message()).contains("phx_...").doesNotContain("NBTj56vc");
  }

  @Test
  void wildcardImportOfTheAndroidPackage() {
    var found =
        findings(
            """
        import com.posthog.android.*;
        class App {
          PostHogAndroidConfig config() {
            return new PostHogAndroidConfig(System.getenv("POSTHOG_PERSONAL_API_KEY"));
          }
        }
        """);
    assertThat(found).extracting(Finding::line).containsExactly(4);
  }

  @Test
  void anotherLibrarysAndroidConfigIsNotPostHogs() {
    assertThat(
            findings(
                """
        import com.acme.PostHogAndroidConfig;
        import com.posthog.android.*;
        class App {
          PostHogAndroidConfig config() {
            return new PostHogAndroidConfig(System.getenv("POSTHOG_PERSONAL_API_KEY"));
          }
        }
        """))
        .isEmpty();
  }
}
