package com.lumenshop.flags.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.logging.Logger;

import com.lumenshop.flags.config.PostHogSettings;
import com.lumenshop.flags.dto.ClientConfig;
import com.lumenshop.flags.model.FeatureFlag;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * Serves the admin SPA shell and its posthog-js configuration.
 */
@Path("/admin")
public class BootstrapResource {

    private static final Logger LOG = Logger.getLogger(BootstrapResource.class);

    @Inject
    Template bootstrap;

    @Inject
    PostHogSettings settings;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @WithSession
    public Uni<TemplateInstance> page() {
        return FeatureFlag.listActive().map(flags -> {
            JsonObject flagsJson = new JsonObject();
            flags.forEach(f -> flagsJson.put(f.key, f.active));
            String flagsKey = settings.featureFlagsSecureApiKey().orElse(settings.personalApiKey());
            LOG.debugf("Rendering admin shell with %d flags, secure key configured: %b",
                    flags.size(), settings.featureFlagsSecureApiKey().isPresent());
            return bootstrap.data("projectApiKey", settings.apiKey())
                    .data("apiHost", settings.host())
                    .data("flagsJson", flagsJson.encode())
                    .data("flagCount", flags.size())
                    .data("flags", flags)
                    .data("posthogFlagsKey", flagsKey);
        });
    }

    @GET
    @Path("/client-config")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<ClientConfig> clientConfig(@QueryParam("flag") List<String> bootstrapFlags) {
        ClientConfig config = ClientConfig.from(settings, bootstrapFlags == null ? List.of() : bootstrapFlags);
        return Uni.createFrom().item(config);
    }

    @GET
    @Path("/public-config")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<JsonObject> publicConfig() {
        return Uni.createFrom().item(new JsonObject()
                .put("projectApiKey", settings.apiKey())
                .put("apiHost", settings.host().toString()));
    }
}
