package undertowflags;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;

/** An Undertow handler: what it sends, the headers it sets and the cookies it gives. */
public class FlagHandler {
  private final String secureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
  private final String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  public void handleRequest(HttpServerExchange exchange) {
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
    exchange.getResponseHeaders().put(new HttpString("X-Flags-Key"), secureKey); // Noncompliant
    exchange.getResponseHeaders().add(new HttpString("X-PostHog-Key"), projectKey);
    exchange.getRequestHeaders().put(Headers.AUTHORIZATION, "Bearer " + secureKey);
    exchange.setResponseCookie(new CookieImpl("ph_flags", secureKey)); // Noncompliant
    exchange.setResponseCookie(new CookieImpl("ph_project", projectKey));
    exchange.getResponseSender().send("{\"flagsKey\":\"" + secureKey + "\"}"); // Noncompliant
    exchange.getResponseSender().send("{\"projectKey\":\"" + projectKey + "\"}");
  }
}
