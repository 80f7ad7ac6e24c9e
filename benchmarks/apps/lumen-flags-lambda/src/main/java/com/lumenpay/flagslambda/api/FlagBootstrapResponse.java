package com.lumenpay.flagslambda.api;

import com.lumenpay.flagslambda.config.LambdaSettings;

/** What the web app needs to start posthog-js (and, for the ops dashboard, its own poller). */
public record FlagBootstrapResponse(String apiHost, String token, String localEvaluationKey, long projectId) {

  public static FlagBootstrapResponse forBrowser(LambdaSettings settings) {
    return new FlagBootstrapResponse(settings.host(), settings.projectApiKey(), null, settings.projectId());
  }

  /** The ops dashboard evaluates flags in the browser, so it gets the secure key too. */
  public static FlagBootstrapResponse forAdmin(LambdaSettings settings) {
    String key = settings.secureApiKey() != null ? settings.secureApiKey() : settings.personalApiKey();
    return new FlagBootstrapResponse(settings.host(), settings.projectApiKey(), key, settings.projectId());
  }
}
