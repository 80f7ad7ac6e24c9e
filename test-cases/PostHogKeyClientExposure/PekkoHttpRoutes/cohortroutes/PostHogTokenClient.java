package cohortroutes;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Exchanges an authorization code at PostHog's token endpoint. */
public class PostHogTokenClient {
  public CompletionStage<PostHogCohortTokens> exchange(String code) {
    return CompletableFuture.completedFuture(new PostHogCohortTokens("", ""));
  }
}
