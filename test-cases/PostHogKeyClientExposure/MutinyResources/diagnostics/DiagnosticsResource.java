package diagnostics;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A Uni or a Multi made of values carries them to the client. */
@Path("/diagnostics")
public class DiagnosticsResource {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  @GET
  @Path("/key")
  public Uni<String> key() {
    return Uni.createFrom().item("personalApiKey=" + personalApiKey); // Noncompliant
  }

  @GET
  @Path("/config")
  public Multi<String> config() {
    return Multi.createFrom().items("projectApiKey=" + projectApiKey, "personalApiKey=" + personalApiKey); // Noncompliant
  }

  @GET
  @Path("/public")
  public Multi<String> publicConfig() {
    return Multi.createFrom().items("projectApiKey=" + projectApiKey, "configured=" + (personalApiKey != null));
  }
}
