import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import java.io.IOException;
import java.util.Optional;

/** An HTTP function's response goes to its caller: Azure Functions and Google Cloud Functions. */
public class ServerlessFunctions implements HttpFunction {
  private final String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectKey = System.getenv("POSTHOG_API_KEY");

  public HttpResponseMessage bootstrap(
      HttpRequestMessage<Optional<String>> request, ExecutionContext context) {
    context.getLogger().info("bootstrap for " + request.getUri());
    return request
        .createResponseBuilder(HttpStatus.OK)
        .header("X-PostHog-Project", projectKey)
        .header("X-PostHog-Flags", personalKey) // Noncompliant
        .body("window.flagsKey = '" + personalKey + "';") // Noncompliant
        .build();
  }

  public HttpResponseMessage publicBootstrap(
      HttpRequestMessage<Optional<String>> request, ExecutionContext context) {
    return request.createResponseBuilder(HttpStatus.OK).body("key=" + projectKey).build();
  }

  @Override
  public void service(HttpRequest request, HttpResponse response) throws IOException {
    response.appendHeader("X-PostHog-Flags", personalKey); // Noncompliant
    response.getWriter().write("personalApiKey=" + personalKey); // Noncompliant
    response.getWriter().write("projectKey=" + projectKey);
  }
}
