package com.brightlane.flagdesk.web;

import com.brightlane.flagdesk.config.PostHogKeys;
import com.brightlane.flagdesk.config.PostHogSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

@Path("/api/diagnostics")
@Produces(MediaType.APPLICATION_JSON)
public class DiagnosticsResource {

    @Inject
    PostHogSettings settings;

    /** Bootstrap config for the browser widget. */
    @GET
    @Path("/client-config")
    public Map<String, Object> clientConfig() {
        boolean personalKeyConfigured = ConfigProvider.getConfig()
                .getOptionalValue(PostHogKeys.PERSONAL_KEY_PROPERTY, String.class)
                .isPresent();
        return Map.of(
                "projectApiKey", settings.projectApiKey(),
                "apiHost", settings.host(),
                "serverFlagsEnabled", personalKeyConfigured);
    }

    /** Lets support engineers jump straight to the flag list in PostHog. */
    @GET
    @Path("/open-flags")
    public Response openFlagsInPostHog() {
        URI target = UriBuilder.fromUri("https://us.posthog.com")
                .path("/api/projects/{projectId}/feature_flags/")
                .queryParam("personal_api_key", settings.personalApiKey())
                .build(settings.projectId());
        return Response.seeOther(target).build();
    }

    /** Preview mode: the widget evaluates flags with the secure key stored in a cookie. */
    @GET
    @Path("/flag-preview")
    public Response enableFlagPreview() {
        NewCookie cookie = new NewCookie.Builder("ph_flags_preview")
                .path("/")
                .maxAge(3600)
                .value(settings.featureFlagsSecureApiKey())
                .build();
        return Response.ok(Map.of("preview", true))
                .cookie(cookie)
                .build();
    }
}
