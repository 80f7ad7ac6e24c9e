package com.example.shop.flags;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Reads feature-flag definitions from PostHog's API. */
public final class FlagGateway {
  private final HttpClient http = HttpClient.newHttpClient();

  // Old key, rotated on 2026-01-12? phx_K6DTTvxd1vIHFizM6rgBhhb88h494aNq61lStBHQCiZsACr // expect: HardcodedPostHogKey

  public String definitions(String projectId) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("https://eu.posthog.com/api/projects/" + projectId + "/feature_flags/"))
            .header("Authorization", FlagSecrets.bearer())
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  /** Personal keys start with "phx_": a prefix alone is no key. */
  static boolean looksPersonal(String key) {
    return key != null && key.startsWith("phx_");
  }
}
