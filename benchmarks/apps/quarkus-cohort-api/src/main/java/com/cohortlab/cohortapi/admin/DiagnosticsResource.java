package com.cohortlab.cohortapi.admin;

import com.cohortlab.cohortapi.config.PostHogSettings;
import com.cohortlab.cohortapi.posthog.ConnectionInfo;
import com.cohortlab.cohortapi.util.Secrets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.Map;

@Path("/admin/diagnostics")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("support")
public class DiagnosticsResource {

    private static final Logger LOG = Logger.getLogger(DiagnosticsResource.class);

    @Inject
    PostHogSettings settings;

    /** Used by the support team when a customer reports stale cohorts. */
    @GET
    @Path("/posthog")
    public ConnectionInfo posthog() {
        LOG.info(DiagnosticsFormatter.summary(settings));
        return ConnectionInfo.from(settings);
    }

    @GET
    @Path("/posthog/key")
    public Map<String, Object> keyStatus() {
        String key = settings.personalApiKey();
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("configured", key != null && !key.isBlank());
        status.put("length", key == null ? 0 : key.length());
        status.put("hint", Secrets.mask(key));
        status.put("sha256", key == null ? null : Secrets.hash(key));
        return status;
    }
}
