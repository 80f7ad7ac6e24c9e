package diagnostics;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.jboss.logging.Logger;

/** What a Mutiny pipeline's onItem() steps make of its items, and the items they are given. */
@Path("/connections")
public class ConnectionResource {
  private static final Logger LOG = Logger.getLogger(ConnectionResource.class);

  /** What a tenant connected: the key its flags are read with. */
  public record ConnectionSettings(String tenant, String personalApiKey) {}

  Uni<ConnectionSettings> load() {
    return Uni.createFrom().item(new ConnectionSettings("acme", System.getenv("POSTHOG_PERSONAL_API_KEY")));
  }

  @GET
  @Path("/key")
  public Uni<String> key() {
    return Uni.createFrom().item(System.getenv("POSTHOG_PERSONAL_API_KEY")).onItem().invoke(k -> LOG.debugf("length %d", k.length())).onItem().transform(k -> "key=" + k); // Noncompliant
  }

  @GET
  @Path("/tenant")
  public Uni<String> tenant() {
    return load().onItem().transform(s -> s.tenant());
  }

  @GET
  @Path("/all")
  public Multi<String> all() {
    return Multi.createFrom().items("acme", "globex").onItem().invoke(t -> LOG.debugf("tenant %s", t));
  }

  @GET
  @Path("/keys")
  public Multi<String> keys() {
    return Multi.createFrom().items(System.getenv("POSTHOG_PERSONAL_API_KEY")).onItem().invoke(k -> LOG.debugf("length %d", k.length())).onItem().transform(k -> "key=" + k); // Noncompliant
  }

  @GET
  @Path("/logged")
  public Uni<Boolean> logged() {
    return load().onItem().invoke(s -> LOG.debugf("loaded %s", s)).onItem().transform(s -> s != null);
  }
}
