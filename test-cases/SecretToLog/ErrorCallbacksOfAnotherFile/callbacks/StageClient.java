package callbacks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Fails later, from a helper its chain calls, with the key in the exception's message. */
public class StageClient {
  private final String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  public CompletionStage<String> definitions() {
    String url = "https://us.posthog.com/api/feature_flag/local_evaluation/?personal_api_key=" + personalKey;
    return CompletableFuture.supplyAsync(() -> 401).thenApply(status -> expectOk(status, url));
  }

  private static String expectOk(int status, String what) {
    if (status >= 300) {
      throw new DefinitionsRefusedException("refused " + status + " for " + what); // Noncompliant
    }
    return "{}";
  }
}
