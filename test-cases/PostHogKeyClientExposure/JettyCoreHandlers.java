import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/** Jetty 12's core handlers, without servlets: what they write, redirect to and set reaches the browser. */
public class JettyCoreHandlers extends Handler.Abstract {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");
  private final String secureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    switch (Request.getPathInContext(request)) {
      case "/config" -> Content.Sink.write(response, true, "{\"key\":\"" + personalApiKey + "\"}", callback); // Noncompliant
      case "/public" -> Content.Sink.write(response, true, "{\"key\":\"" + projectApiKey + "\"}", callback);
      case "/raw" -> response.write(true, ByteBuffer.wrap(secureKey.getBytes(StandardCharsets.UTF_8)), callback); // Noncompliant
      case "/buffer" -> response.write(true, BufferUtil.toBuffer(personalApiKey), callback); // Noncompliant
      case "/length" -> Content.Sink.write(response, true, String.valueOf(personalApiKey.length()), callback);
      case "/header" -> {
        response.getHeaders().put("X-PostHog-Key", personalApiKey); // Noncompliant
        response.getHeaders().put("X-PostHog-Project", projectApiKey);
        callback.succeeded();
      }
      case "/cookie" -> {
        Response.addCookie(response, HttpCookie.from("ph_flags", secureKey)); // Noncompliant
        Response.putCookie(response, HttpCookie.build("ph_project", projectApiKey).path("/").build());
        callback.succeeded();
      }
      case "/error" -> Response.writeError(request, response, callback, 502, "rejected key " + personalApiKey); // Noncompliant
      case "/redirect" -> Response.sendRedirect(request, response, callback, "/console#key=" + secureKey); // Noncompliant
      default -> Response.sendRedirect(request, response, callback, 302, "/console?project=" + projectApiKey, true);
    }
    return true;
  }
}
