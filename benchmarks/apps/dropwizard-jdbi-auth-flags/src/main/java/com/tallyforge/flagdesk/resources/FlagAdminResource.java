package com.tallyforge.flagdesk.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.posthog.server.PostHogInterface;
import com.tallyforge.flagdesk.api.FlagSettingsView;
import com.tallyforge.flagdesk.auth.ApiUser;
import com.tallyforge.flagdesk.config.PostHogFactory;
import com.tallyforge.flagdesk.db.FlagAuditDao;
import com.tallyforge.flagdesk.posthog.PostHogAdminApi;
import com.tallyforge.flagdesk.util.KeyMasker;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("flag-admin")
public class FlagAdminResource {

    private static final Logger LOG = LoggerFactory.getLogger(FlagAdminResource.class);

    private final PostHogFactory settings;
    private final PostHogAdminApi adminApi;
    private final PostHogInterface flags;
    private final FlagAuditDao auditDao;

    public FlagAdminResource(PostHogFactory settings, PostHogAdminApi adminApi, PostHogInterface flags, FlagAuditDao auditDao) {
        this.settings = settings;
        this.adminApi = adminApi;
        this.flags = flags;
        this.auditDao = auditDao;
    }

    @GET
    @Path("/posthog/settings")
    public FlagSettingsView settings(@Auth ApiUser user) {
        LOG.debug("{} opened the integration tab", user.getName());
        return FlagSettingsView.from(settings);
    }

    @GET
    @Path("/posthog/key-fingerprint")
    public Map<String, String> keyFingerprint(@Auth ApiUser user) {
        String personalKey = settings.getPersonalApiKey();
        return Map.of(
                "personalApiKey", KeyMasker.mask(personalKey),
                "sha256", KeyMasker.sha256Hex(personalKey));
    }

    @GET
    @Path("/flags")
    public JsonNode listFlags(@Auth ApiUser user) throws IOException, InterruptedException {
        return adminApi.listFlags();
    }

    @GET
    @Path("/flags/definitions")
    public JsonNode flagDefinitions(@Auth ApiUser user) throws IOException, InterruptedException {
        return adminApi.fetchFlagDefinitions();
    }

    @GET
    @Path("/flags/{id}/open")
    public Response openInPostHog(@Auth ApiUser user, @PathParam("id") long flagId) {
        auditDao.record(user.getName(), String.valueOf(flagId), "open");
        return Response.seeOther(URI.create(adminApi.dashboardLink(flagId))).build();
    }

    @POST
    @Path("/flags/{key}/evaluate/{distinctId}")
    public Map<String, Object> evaluate(@Auth ApiUser user,
                                        @PathParam("key") String flagKey,
                                        @PathParam("distinctId") String distinctId) throws IOException, InterruptedException {
        boolean enabled = flags.isFeatureEnabled(distinctId, flagKey, false);
        auditDao.record(user.getName(), flagKey, "evaluate");
        adminApi.captureFlagChange(user.getName(), flagKey, "evaluate");
        return Map.of("flag", flagKey, "distinctId", distinctId, "enabled", enabled);
    }
}
