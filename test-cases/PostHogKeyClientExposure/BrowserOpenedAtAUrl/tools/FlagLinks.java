package tools;

import com.intellij.ide.BrowserUtil;
import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;

/** A tool that opens the user's browser at PostHog: the URL lands in the browser's history. */
public class FlagLinks {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  void openInIde(long flagId) {
    String url = "https://eu.posthog.com/api/feature_flags/" + flagId;
    BrowserUtil.browse(url + "?personal_api_key=" + personalApiKey); // Noncompliant
    BrowserUtil.browse("https://eu.posthog.com/feature_flags/" + flagId);
  }

  void openOnDesktop(long flagId) throws IOException {
    URI withKey = URI.create("https://eu.posthog.com/api/feature_flags/?personal_api_key=" + personalApiKey);
    Desktop.getDesktop().browse(withKey); // Noncompliant
    Desktop.getDesktop().browse(URI.create("https://eu.posthog.com/decide/?token=" + projectApiKey));
  }
}
