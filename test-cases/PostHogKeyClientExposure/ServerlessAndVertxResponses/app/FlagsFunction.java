package app;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.Map;

/** What a Lambda handler behind API Gateway returns is the HTTP response. */
public class FlagsFunction implements RequestHandler<Map<String, String>, APIGatewayProxyResponseEvent> {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  @Override
  public APIGatewayProxyResponseEvent handleRequest(Map<String, String> input, Context context) {
    if (input.containsKey("admin")) {
      return new APIGatewayProxyResponseEvent().withStatusCode(200).withBody("{\"key\":\"" + personalApiKey + "\"}"); // Noncompliant
    }
    return new APIGatewayProxyResponseEvent().withStatusCode(200).withBody("{\"token\":\"" + projectApiKey + "\"}");
  }
}
