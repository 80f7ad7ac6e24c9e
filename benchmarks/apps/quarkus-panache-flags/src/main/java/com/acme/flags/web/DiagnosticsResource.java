package com.acme.flags.web;

import com.acme.flags.config.PostHogSettings;
import com.acme.flags.util.KeyMasker;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/diagnostics")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class DiagnosticsResource {

    public record KeyStatus(String personalKey, boolean configured, int length) {
    }

    private final PostHogSettings settings;

    public DiagnosticsResource(PostHogSettings settings) {
        this.settings = settings;
    }

    @GET
    @Path("/posthog")
    public ConnectionInfo posthog() {
        ConnectionInfo info = new ConnectionInfo(settings.host(), settings.projectId(), settings.apiKey(),
                settings.personalApiKey().orElse(""));
        return info;
    }

    @GET
    @Path("/posthog/key")
    public KeyStatus keyStatus() {
        String key = settings.personalApiKey().orElse(null);
        return new KeyStatus(KeyMasker.mask(key), key != null, key == null ? 0 : key.length());
    }
}
