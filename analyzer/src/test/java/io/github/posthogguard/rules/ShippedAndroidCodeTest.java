package io.github.posthogguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.posthogguard.analyzer.FileAnalysis;
import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Android app code that imports no {@code android.*} class, analyzer only: Timber ships as an
 * Android AAR, and the one stand-in the case suites may declare is taken by {@code
 * SecretToLog/LibrariesWithoutAJar}.
 */
class ShippedAndroidCodeTest {

  private static List<Finding> findings(String text) {
    FileAnalysis analysis = Rules.analyzer().analyze(new SourceFile("Repo.java", text));
    assertThat(analysis.problem()).isEmpty();
    return analysis.findingsOf(PostHogKeyClientExposure.ID);
  }

  @Test
  void aFileLoggingWithTimberShipsInTheApp() {
    var found =
        findings(
            """
        import okhttp3.Request;
        import timber.log.Timber;
        class InsightsRepository {
          Request request(String url) {
            Timber.d("insight %s", url);
            return new Request.Builder().url(url)
                .header("Authorization", "Bearer " + System.getenv("POSTHOG_PERSONAL_API_KEY"))
                .build();
          }
          Request open(String url) {
            return new Request.Builder().url(url).header("X-Project", System.getenv("POSTHOG_API_KEY")).build();
          }
        }
        """);
    assertThat(found).extracting(Finding::line).containsExactly(7);
    assertThat(found.get(0).message()).contains("Android app code");
  }

  @Test
  void theSameFileWithoutAnAndroidOnlyImportIsServerCode() {
    var found =
        findings(
            """
        import okhttp3.Request;
        class InsightsRepository {
          Request request(String url) {
            return new Request.Builder().url(url)
                .header("Authorization", "Bearer " + System.getenv("POSTHOG_PERSONAL_API_KEY"))
                .build();
          }
        }
        """);
    assertThat(found).isEmpty();
  }

  @Test
  void aViewIdOfTheGeneratedRClassIsNoKey() {
    var found =
        findings(
            """
        import android.app.Activity;
        import android.widget.TextView;
        class SettingsActivity extends Activity {
          TextView keyView() {
            return findViewById(R.id.personal_key_value);
          }
          int layout() {
            return android.R.layout.personal_api_key_row;
          }
        }
        """);
    assertThat(found).isEmpty();
  }
}
