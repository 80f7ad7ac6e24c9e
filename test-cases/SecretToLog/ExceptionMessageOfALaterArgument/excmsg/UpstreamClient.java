package excmsg;

import java.util.Map;

/** Throws an exception of another file, the key as its third argument. */
public class UpstreamClient {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  String personalApiKey() {
    return personalApiKey;
  }

  void call(int status, String path) {
    if (status >= 400) {
      throw new UpstreamException(status, path, personalApiKey());
    }
  }

  void check(String path, Map<String, String> requestHeaders) {
    if (requestHeaders.isEmpty()) {
      throw new IllegalStateException("no headers for " + path, new RuntimeException(path));
    }
  }
}
