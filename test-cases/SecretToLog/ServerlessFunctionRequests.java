import com.google.cloud.functions.HttpRequest;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import java.util.Optional;
import java.util.logging.Logger;

/** An HTTP function's request headers, and the logger its context hands out. */
public class ServerlessFunctionRequests {
  private static final Logger LOG = Logger.getLogger("functions");

  void azure(HttpRequestMessage<Optional<String>> request, ExecutionContext context) {
    String caller = request.getHeaders().get("authorization");
    context.getLogger().warning("rejected, authorization=" + caller); // Noncompliant
    context.getLogger().info("headers " + request.getHeaders()); // Noncompliant
    context.getLogger().info("agent " + request.getHeaders().get("user-agent"));
  }

  void cloud(HttpRequest request) {
    String auth = request.getFirstHeader("Authorization").orElse("");
    LOG.warning("missing bearer credentials: " + auth); // Noncompliant
    LOG.info("trace " + request.getFirstHeader("X-Cloud-Trace-Context").orElse("-"));
    LOG.info("headers " + request.getHeaders()); // Noncompliant
    LOG.info("agents " + request.getHeaders().get("User-Agent"));
    LOG.info("scheme " + auth.substring(0, auth.indexOf(' ')));
  }
}
