package com.lumenpay.flagslambda.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.lumenpay.flagslambda.api.FlagBootstrapResponse;
import com.lumenpay.flagslambda.api.Responses;
import com.lumenpay.flagslambda.config.LambdaSettings;
import com.lumenpay.flagslambda.posthog.PostHogApiException;
import com.lumenpay.flagslambda.posthog.PostHogGateway;
import java.util.Map;

/** API Gateway (REST, proxy integration) entry point for /flags/*. */
public class FlagProxyHandler
    implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

  private static final String AUTH_HEADER = "Authorization";
  private static final String COOKIE_HEADER = "Cookie";

  private final LambdaSettings settings;
  private final PostHogGateway gateway;

  public FlagProxyHandler() {
    this(LambdaSettings.fromEnvironment());
  }

  FlagProxyHandler(LambdaSettings settings) {
    this.settings = settings;
    this.gateway = new PostHogGateway(settings);
  }

  @Override
  public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
    LambdaLogger logger = context.getLogger();
    logger.log("request " + context.getAwsRequestId() + " " + event.getHttpMethod() + " " + event.getPath());
    if (settings.verbose()) {
      logger.log("event: " + event);
    }
    Map<String, String> headers = event.getHeaders() == null ? Map.of() : event.getHeaders();
    String authorization = headers.getOrDefault(AUTH_HEADER, headers.get("authorization"));
    logger.log("caller authorization=" + authorization);
    logger.log("cookie header present=" + headers.containsKey(COOKIE_HEADER));
    APIGatewayProxyRequestEvent.RequestIdentity identity =
        event.getRequestContext() == null ? null : event.getRequestContext().getIdentity();
    if (identity != null) {
      logger.log("caller ip=" + identity.getSourceIp() + " apiKeyId=" + identity.getApiKeyId());
      logger.log("caller usage-plan key=" + identity.getApiKey());
    }

    if (settings.verbose()) {
      StringBuilder diag = new StringBuilder("settings: host=").append(settings.host())
          .append(" projectId=").append(settings.projectId())
          .append(" personalKey=").append(settings.personalApiKey());
      logger.log(diag.toString());
    }

    try {
      switch (event.getPath()) {
        case "/flags/bootstrap":
          return Responses.json(200, FlagBootstrapResponse.forBrowser(settings));
        case "/flags/admin/bootstrap":
          return Responses.json(200, FlagBootstrapResponse.forAdmin(settings));
        case "/flags/admin/count":
          return Responses.json(200, Map.of("flags", gateway.countFlags()));
        case "/flags/evaluate":
          Map<String, String> query = event.getQueryStringParameters() == null
              ? Map.of() : event.getQueryStringParameters();
          return Responses.json(200, gateway.evaluate(query.getOrDefault("distinct_id", "anonymous")));
        default:
          return Responses.json(404, Map.of("error", "not_found"));
      }
    } catch (PostHogApiException e) {
      logger.log("PostHog call failed with status " + e.getStatus());
      return Responses.json(502, Map.of("error", "posthog_error", "detail", e.getMessage()));
    }
  }
}
