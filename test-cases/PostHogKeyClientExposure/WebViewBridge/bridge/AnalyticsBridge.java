package bridge;

import android.webkit.JavascriptInterface;

/** Given to a WebView as window.App: what its methods return, every page it loads can read. */
public class AnalyticsBridge {
  private final String distinctId;

  public AnalyticsBridge(String distinctId) {
    this.distinctId = distinctId;
  }

  @JavascriptInterface
  public String getProjectKey() {
    return System.getProperty("posthog.api-key");
  }

  @JavascriptInterface
  public String getDistinctId() {
    return distinctId;
  }

  @JavascriptInterface
  public String getFlagsKey() {
    return System.getProperty("posthog.flags-secure-key"); // Noncompliant
  }
}
