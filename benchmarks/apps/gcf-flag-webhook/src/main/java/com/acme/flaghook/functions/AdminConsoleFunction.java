package com.acme.flaghook.functions;

import com.acme.flaghook.config.FlagHookConfig;
import com.acme.flaghook.posthog.FlagApiException;
import com.acme.flaghook.posthog.PostHogAdminApi;
import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Small internal console (behind IAP) showing the flag sync state. POST triggers a count of the
 * flag definitions through PostHog's private API.
 */
public class AdminConsoleFunction implements HttpFunction {

  private static final Logger LOG = Logger.getLogger(AdminConsoleFunction.class.getName());

  private static final String PAGE =
      """
      <!doctype html>
      <html>
        <head><title>Flag webhook console</title></head>
        <body>
          <h1>Flag webhook %s</h1>
          <div id="flags"></div>
          <script>
            window.FLAGHOOK = { apiHost: "%s", accessToken: "%s" };
          </script>
          <script src="/static/console.js"></script>
        </body>
      </html>
      """;

  private final FlagHookConfig config = FlagHookConfig.get();
  private final PostHogAdminApi adminApi =
      new PostHogAdminApi(config, System.getenv().getOrDefault("POSTHOG_PROJECT_ID", "1"));

  @Override
  public void service(HttpRequest request, HttpResponse response) throws IOException {
    if ("POST".equalsIgnoreCase(request.getMethod())) {
      response.setContentType("application/json");
      Writer writer = response.getWriter();
      try {
        int count = adminApi.countFlagDefinitions();
        writer.write("{\"flags\": " + count + "}");
      } catch (FlagApiException e) {
        LOG.warning("Flag count failed with HTTP " + e.getStatusCode());
        response.setStatusCode(502);
        writer.write("{\"error\": \"" + e.getMessage() + "\"}");
      }
      return;
    }

    String html =
        PAGE.formatted(config.getGcpProject(), config.getHost(), config.getPosthogAccessToken());
    response.setContentType("text/html; charset=utf-8");
    response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
  }
}
