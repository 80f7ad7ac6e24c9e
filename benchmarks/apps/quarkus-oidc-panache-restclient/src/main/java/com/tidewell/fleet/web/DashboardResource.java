package com.tidewell.fleet.web;

import com.posthog.server.PostHogInterface;
import com.tidewell.fleet.config.PostHogSettings;
import com.tidewell.fleet.domain.Carrier;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdToken;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

@Path("/console")
@Authenticated
public class DashboardResource {

    private static final Logger LOG = Logger.getLogger(DashboardResource.class);

    @Inject
    Template dashboard;

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogInterface posthog;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dashboard() {
        String user = identity.getPrincipal().getName();
        AccessTokenCredential accessToken = identity.getCredential(AccessTokenCredential.class);

        LOG.debugf("Dashboard for %s, id token expires at %d", user, idToken.getExpirationTime());
        if (accessToken != null) {
            LOG.debugf("Forwarding access token for %s: %s", user, accessToken.getToken());
        }

        boolean newMap = posthog.isFeatureEnabled(user, "live-fleet-map-v2", false);

        return dashboard
                .data("user", user)
                .data("carriers", Carrier.listActive())
                .data("newMap", newMap)
                .data("posthogHost", settings.host())
                .data("posthogKey", settings.projectApiKey())
                .data("flagsKey", settings.featureFlagsSecureKey().orElse(null));
    }
}
