package app;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Map;

/** A response event exists to be returned to the HTTP client: what it is given, wherever. */
public class BootstrapFunction implements RequestHandler<Map<String, String>, APIGatewayProxyResponseEvent> {
  private final String flagsSecureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  @Override
  public APIGatewayProxyResponseEvent handleRequest(Map<String, String> input, Context context) {
    return input.containsKey("mobile") ? mobile() : web();
  }

  private APIGatewayProxyResponseEvent mobile() {
    APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent().withStatusCode(200);
    response.setHeaders(Map.of("X-PostHog-Flags-Key", flagsSecureKey)); // Noncompliant
    response.setBody("{}");
    return response;
  }

  private APIGatewayProxyResponseEvent web() {
    APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent();
    response.setHeaders(Map.of("X-PostHog-Project-Key", projectApiKey));
    return response.withHeaders(Map.of("Content-Type", "application/json"));
  }

  APIGatewayV2HTTPResponse httpApi() {
    APIGatewayV2HTTPResponse response = new APIGatewayV2HTTPResponse();
    response.setStatusCode(200);
    response.setBody("{\"flagsKey\":\"" + flagsSecureKey + "\"}"); // Noncompliant
    return response;
  }
}
