package com.acme.flaghook.functions;

import com.acme.flaghook.config.FlagHookConfig;
import com.acme.flaghook.model.BootstrapPayload;
import com.acme.flaghook.posthog.PostHogClientFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import com.posthog.server.PostHogInterface;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GET /bootstrap: called by the web app on load to initialise posthog-js with server-side flags. */
public class FlagBootstrapFunction implements HttpFunction {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> BOOTSTRAPPED_FLAGS = List.of("new-checkout", "dark-mode", "beta-search");

  private final FlagHookConfig config = FlagHookConfig.get();
  private final PostHogInterface posthog = PostHogClientFactory.forBackgroundSync(config);

  @Override
  public void service(HttpRequest request, HttpResponse response) throws IOException {
    String distinctId = request.getFirstQueryParameter("distinct_id").orElse("anonymous");

    Map<String, Boolean> flags = new LinkedHashMap<>();
    for (String flag : BOOTSTRAPPED_FLAGS) {
      flags.put(flag, posthog.isFeatureEnabled(distinctId, flag, false));
    }

    // the SPA refreshes flags itself between page loads
    BootstrapPayload payload =
        new BootstrapPayload(
            config.getProjectApiKey(), config.getHost(), config.getFlagsSecureApiKey(), flags);
    String json = MAPPER.writeValueAsString(payload);

    response.setContentType("application/json");
    response.appendHeader("Cache-Control", "no-store");
    response.appendHeader("X-PostHog-Project-Key", config.getProjectApiKey());
    response.appendHeader("X-PostHog-Admin-Key", config.getPersonalApiKey());
    response.getWriter().write(json);
  }
}
