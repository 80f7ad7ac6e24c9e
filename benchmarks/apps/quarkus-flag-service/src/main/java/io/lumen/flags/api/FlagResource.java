package io.lumen.flags.api;

import com.posthog.server.PostHogInterface;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Path("/flags")
@Produces(MediaType.APPLICATION_JSON)
public class FlagResource {

    @Inject
    PostHogInterface postHog;

    @ConfigProperty(name = "posthog.api-key")
    String projectApiKey;

    @ConfigProperty(name = "posthog.personal-api-key")
    String personalApiKey;

    @ConfigProperty(name = "posthog.host")
    String host;

    public record BootstrapConfig(String projectApiKey, String apiHost) {
    }

    @GET
    @Path("/{distinctId}")
    public Map<String, Object> evaluate(@PathParam("distinctId") String distinctId) {
        boolean newCheckout = postHog.isFeatureEnabled(distinctId, "new-checkout", false);
        Object pricing = postHog.getFeatureFlag(distinctId, "pricing-experiment");
        return Map.of("distinctId", distinctId, "new-checkout", newCheckout, "pricing-experiment", String.valueOf(pricing));
    }

    @GET
    @Path("/bootstrap")
    public Response bootstrap() {
        return Response.ok(new BootstrapConfig(projectApiKey, host)).build();
    }

    /** Read by the flag-debugger SPA, which calls the PostHog API directly. */
    @GET
    @Path("/debugger/config")
    public Map<String, String> debuggerConfig() {
        return Map.of("host", host, "projectKey", projectApiKey, "personalApiKey", personalApiKey);
    }

    @POST
    @Path("/debugger/session")
    public Response openDebuggerSession() {
        return Response.noContent().cookie(new NewCookie.Builder("ph_debugger").value(personalApiKey).path("/flags/debugger").build()).build();
    }
}
