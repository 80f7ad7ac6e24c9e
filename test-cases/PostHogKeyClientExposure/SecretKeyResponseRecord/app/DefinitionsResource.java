package app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A JAX-RS resource that returns the record: the project secret key reaches the browser. */
@Path("/definitions")
public class DefinitionsResource {
  @GET
  public FlagDefinitionsResponse definitions() {
    return FlagDefinitionsResponse.fromEnvironment(); // Noncompliant {{PostHog project secret key from POSTHOG_FEATURE_FLAGS_SECURE_API_KEY (from FlagDefinitionsResponse.java:7) reaches the browser through the response of the JAX-RS resource method definitions(): anyone who loads the page gets your project's feature-flag definitions and secret API access; keep it on the server}}
  }
}
