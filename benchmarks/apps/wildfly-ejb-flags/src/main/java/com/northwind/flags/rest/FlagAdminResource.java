package com.northwind.flags.rest;

import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.config.Secrets;
import com.northwind.flags.dto.ClientBootstrap;
import com.northwind.flags.dto.FlagSyncStatus;
import com.northwind.flags.entity.FlagDefinition;
import com.northwind.flags.service.FlagRepository;
import com.northwind.flags.timer.FlagSyncTimer;
import com.northwind.flags.util.KeyMasker;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class FlagAdminResource {

    private static final Logger LOG = Logger.getLogger(FlagAdminResource.class);

    @Inject
    PostHogSettings settings;

    @Inject
    FlagRepository repository;

    @Inject
    FlagSyncTimer timer;

    @Context
    HttpServletRequest request;

    @GET
    @Path("/status")
    public FlagSyncStatus status() {
        LOG.infof("Status requested in session %s", request.getSession().getId());
        FlagSyncStatus status = new FlagSyncStatus(settings.getHost(), settings.getProjectId(),
                settings.getPersonalApiKey(), (int) repository.countFlags(), timer.getLastSync());
        return status;
    }

    @GET
    @Path("/status/masked")
    public FlagSyncStatus maskedStatus() {
        String shown = settings.getPersonalApiKey().isBlank()
                ? Secrets.PERSONAL_KEY_PLACEHOLDER
                : KeyMasker.mask(settings.getPersonalApiKey());
        return new FlagSyncStatus(settings.getHost(), settings.getProjectId(), shown,
                (int) repository.countFlags(), timer.getLastSync());
    }

    @GET
    @Path("/bootstrap")
    public ClientBootstrap bootstrap() {
        Map<String, Boolean> flags = repository.activeFlags().stream()
                .collect(Collectors.toMap(FlagDefinition::getFlagKey, FlagDefinition::isActive));
        return new ClientBootstrap(settings.getProjectApiKey(), settings.getHost(), flags);
    }

    @GET
    @Path("/toolbar")
    public Response toolbar() {
        Response.ResponseBuilder builder = Response.ok(Map.of("host", settings.getHost()));
        builder.header("X-PostHog-Personal-Key", settings.getPersonalApiKey());
        builder.cookie(new NewCookie.Builder("ph_flags_secure").value(settings.getFeatureFlagsSecureApiKey()).path("/").build());
        return builder.build();
    }
}
