package app;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** A Lambda that answers another service, not a browser: what it returns is no HTTP response. */
public class QueueFunction implements RequestHandler<Map<String, String>, String> {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  @Override
  public String handleRequest(Map<String, String> input, Context context) {
    return personalApiKey;
  }
}
