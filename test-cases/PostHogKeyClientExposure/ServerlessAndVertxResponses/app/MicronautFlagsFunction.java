package app;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.micronaut.function.aws.MicronautRequestHandler;
import java.util.Map;

/** What a Micronaut function handler's execute(..) returns is the API Gateway response. */
public class MicronautFlagsFunction
    extends MicronautRequestHandler<Map<String, String>, APIGatewayProxyResponseEvent> {
  private final String flagsSecureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  @Override
  public APIGatewayProxyResponseEvent execute(Map<String, String> input) {
    if (input.containsKey("public")) {
      return new APIGatewayProxyResponseEvent().withBody("{\"key\":\"" + projectApiKey + "\"}");
    }
    return new APIGatewayProxyResponseEvent().withBody("{\"key\":\"" + flagsSecureKey + "\"}"); // Noncompliant
  }
}
