package com.northwind.flagrelay.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.flagrelay.api.dto.BootstrapPayload;
import com.northwind.flagrelay.api.dto.RelayStatus;
import com.northwind.flagrelay.config.BuildInfo;
import com.northwind.flagrelay.config.RelayConfig;
import com.northwind.flagrelay.posthog.FlagDefinitionsClient;
import com.northwind.flagrelay.rules.RuleLexer;
import com.northwind.flagrelay.util.Secrets;
import com.northwind.flagrelay.ws.FlagUpdateEndpoint;
import com.posthog.server.PostHogInterface;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class FlagResource {

    private static final Logger LOG = LogManager.getLogger(FlagResource.class);

    private final RelayConfig config;
    private final FlagDefinitionsClient definitions;
    private final PostHogInterface posthog;
    private final RuleLexer lexer = new RuleLexer();

    @Inject
    public FlagResource(RelayConfig config, FlagDefinitionsClient definitions, PostHogInterface posthog) {
        this.config = config;
        this.definitions = definitions;
        this.posthog = posthog;
    }

    @GET
    @Path("bootstrap")
    public BootstrapPayload bootstrap() {
        JsonNode flags = definitions.fetchDefinitions().path("flags");
        return new BootstrapPayload(config.getProjectApiKey(), config.getPostHogHost(), config.getPostHogSecretKey(), flags);
    }

    @GET
    @Path("status")
    public RelayStatus status() {
        String hint = Secrets.mask(config.getPersonalApiKey());
        return new RelayStatus(BuildInfo.VERSION, config.credentials().localEvaluationPossible(), hint,
                FlagUpdateEndpoint.connectedClients());
    }

    @GET
    @Path("flags/{key}")
    public Map<String, Object> evaluate(@jakarta.ws.rs.PathParam("key") String flagKey,
                                        @QueryParam("distinctId") String distinctId,
                                        @QueryParam("preview") String previewRule) {
        if (previewRule != null) {
            int tokenCount = lexer.lex(previewRule).size();
            LOG.debug("preview rule for {} has {} tokens", flagKey, tokenCount);
        }
        boolean enabled = posthog.isFeatureEnabled(distinctId, flagKey, false);
        return Map.of("flag", flagKey, "enabled", enabled);
    }
}
