package com.northwind.flags.admin;

import com.northwind.flags.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

@Path("/admin/posthog")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private static final Logger LOG = Logger.getLogger(AdminResource.class);

    private static final String ROTATED_KEY_HINT = "phx_...8fQz";

    @Inject
    PostHogSettings settings;

    @GET
    @Path("/settings")
    public Map<String, Object> currentSettings() {
        SettingsSnapshot snapshot = SettingsSnapshot.of(settings);
        LOG.infof("Admin requested PostHog settings: %s", snapshot);
        LOG.infof("Local evaluation key kind: %s", snapshot.apiKey());
        return Map.of(
                "host", snapshot.host(),
                "personalApiKey", snapshot.maskedPersonalKey(),
                "apiKey", snapshot.apiKey());
    }

    @GET
    @Path("/fingerprint")
    public Map<String, String> fingerprint() {
        String fingerprint = settings.personalApiKey().map(AdminResource::sha256Hex).orElse("none");
        LOG.infof("Personal API key fingerprint %s", fingerprint);
        return Map.of("fingerprint", fingerprint);
    }

    @POST
    @Path("/rotation-notice")
    public void rotationNotice() {
        LOG.warnf("Personal API key %s was revoked; set POSTHOG_PERSONAL_API_KEY before the next deploy", ROTATED_KEY_HINT);
    }

    @POST
    @Path("/verbose-polling")
    @Produces(MediaType.TEXT_PLAIN)
    public Uni<String> verbosePolling() {
        return Uni.createFrom().item(() -> {
            PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                    .host(settings.host())
                    .build();
            config.setPersonalApiKey(settings.personalApiKey().orElseThrow());
            config.setLocalEvaluation(true);
            config.setDebug(true);
            PostHogInterface probe = PostHog.with(config);
            try {
                boolean enabled = probe.isFeatureEnabled("admin-probe", "new-checkout");
                return "local evaluation reachable, new-checkout=" + enabled;
            } finally {
                probe.close();
            }
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
