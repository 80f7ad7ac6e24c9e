package live;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;

/** RESTEasy Reactive responses: their entities and headers reach the client. */
public class FlagErrors {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  RestResponse<String> rejected() {
    return RestResponse.status(Response.Status.BAD_GATEWAY, "rejected key " + personalApiKey); // Noncompliant
  }

  RestResponse<String> key() {
    return RestResponse.ok(personalApiKey); // Noncompliant
  }

  RestResponse<String> header() {
    return RestResponse.<String>ok().header("X-Key", personalApiKey).build(); // Noncompliant
  }

  RestResponse<String> built() {
    return RestResponse.<String>ok().entity("key=" + personalApiKey).build(); // Noncompliant
  }

  RestResponse<String> masked() {
    return RestResponse.ok(personalApiKey.substring(0, 4) + "****");
  }
}
