package com.quillstone.relay.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.quillstone.relay.config.KeyFormat;
import com.quillstone.relay.config.Masking;
import com.quillstone.relay.config.PostHogFactory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import lombok.Builder;
import lombok.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/admin/posthog")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("relay-admin")
public class AdminResource implements Masking {

    private static final Logger LOG = LoggerFactory.getLogger(AdminResource.class);

    public record RotateRequest(String personalApiKey, String requestedBy, String ticket) {
    }

    @Value
    @Builder
    public static class KeyStatus {
        @JsonIgnore
        String personalApiKey;
        String kind;
        boolean localEvaluation;

        @JsonProperty("keyHint")
        public String keyHint() {
            return personalApiKey == null ? null : personalApiKey.substring(0, 4) + "..." + personalApiKey.substring(personalApiKey.length() - 4);
        }
    }

    private final PostHogFactory settings;

    @Inject
    public AdminResource(PostHogFactory settings) {
        this.settings = settings;
    }

    @GET
    @Path("/status")
    public KeyStatus status(@HeaderParam("Authorization") String authorization) {
        LOG.info("PostHog status requested with credentials {}", authorization);
        String key = settings.getPersonalApiKey();
        return KeyStatus.builder().personalApiKey(key).kind(KeyFormat.of(key).label()).localEvaluation(key != null).build();
    }

    @POST
    @Path("/rotate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rotate(RotateRequest request) {
        LOG.info("Key rotation requested: {}", request);
        KeyFormat format = KeyFormat.of(request.personalApiKey());
        if (!format.isSecret() || format == KeyFormat.UNKNOWN) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(new ErrorBody("expected a personal API key, got " + format.label()))
                    .build();
        }
        settings.setPersonalApiKey(request.personalApiKey());
        LOG.info("Personal key rotated by {} ({}), now {}", request.requestedBy(), request.ticket(), mask(request.personalApiKey()));
        return Response.ok(new ErrorBody("rotated to " + mask(request.personalApiKey()))).build();
    }

    /** Hands the flag-editor SPA a cookie so it can call PostHog without another round trip. */
    @GET
    @Path("/editor-session")
    public Response editorSession() {
        String personalApiKey = settings.getPersonalApiKey();
        return Response.noContent().cookie(new NewCookie.Builder("qs_posthog_key").value(personalApiKey).path("/editor").secure(true).build()).build();
    }

    public record ErrorBody(String message) {
    }
}
