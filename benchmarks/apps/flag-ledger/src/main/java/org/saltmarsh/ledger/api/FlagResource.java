package org.saltmarsh.ledger.api;

import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.saltmarsh.ledger.api.dto.BootstrapDto;
import org.saltmarsh.ledger.api.dto.FlagEvaluationDto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

@Path("/flags")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class FlagResource {

    private static final Logger log = LoggerFactory.getLogger(FlagResource.class);

    @Inject
    PostHogInterface postHog;

    @Inject
    @ConfigProperty(name = "posthog.api-key")
    String projectApiKey;

    @Inject
    @ConfigProperty(name = "posthog.feature-flags-secure-api-key")
    Optional<String> flagsSecureApiKey;

    @Inject
    @ConfigProperty(name = "ledger.session-timeout-minutes", defaultValue = "30")
    int sessionTimeoutMinutes;

    @GET
    @Path("/bootstrap")
    public BootstrapDto bootstrap(@QueryParam("distinct_id") String distinctId) {
        return BootstrapDto.forEditor(projectApiKey, flagsSecureApiKey.orElse(null), distinctId);
    }

    @GET
    @Path("/public-bootstrap")
    public BootstrapDto publicBootstrap(@QueryParam("distinct_id") String distinctId) {
        return BootstrapDto.forVisitor(projectApiKey, distinctId);
    }

    @GET
    @Path("/editor-frame")
    public Response editorFrame() {
        log.debug("editor session timeout {} min", sessionTimeoutMinutes);
        Response.ResponseBuilder response = Response.ok(Map.of("projectKey", projectApiKey, "sessionTimeoutMinutes", sessionTimeoutMinutes));
        response.header("Cache-Control", "no-store");
        response.header("X-PostHog-Flags-Key", flagsSecureApiKey.orElse(""));
        return response.build();
    }

    @GET
    @Path("/{key}")
    public FlagEvaluationDto evaluate(@PathParam("key") String key, @QueryParam("distinct_id") String distinctId,
                                      @HeaderParam("X-Admin-Token") String adminToken) {
        log.info("evaluate {} for {} (admin token {})", key, distinctId, adminToken);
        boolean enabled = postHog.isFeatureEnabled(distinctId, key, false);
        return new FlagEvaluationDto(key, distinctId, enabled, Instant.now());
    }
}
