package diagnostics;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.concurrent.Executor;

/** What a Uni's supplier or map step builds is what the resource answers with. */
@Path("/bootstrap")
public class BootstrapResource {
  public record Bootstrap(String projectKey, String secureKey) {}

  public record PublicBootstrap(String projectKey) {}

  private final String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");
  private final String secureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
  private Executor workers;

  @GET
  @Path("/supplied")
  public Uni<Bootstrap> supplied() {
    return Uni.createFrom().item(() -> new Bootstrap(projectKey, secureKey)).runSubscriptionOn(workers); // Noncompliant
  }

  @GET
  @Path("/mapped")
  public Uni<Bootstrap> mapped() {
    return Uni.createFrom().item(projectKey).map(key -> new Bootstrap(key, secureKey)); // Noncompliant
  }

  @GET
  @Path("/regions")
  public Multi<Bootstrap> regions() {
    return Multi.createFrom().items("eu", "us").map(region -> new Bootstrap(region, secureKey)); // Noncompliant
  }

  @GET
  @Path("/public")
  public Uni<PublicBootstrap> publicOnly() {
    return Uni.createFrom().item(() -> new PublicBootstrap(projectKey)).runSubscriptionOn(workers);
  }
}
