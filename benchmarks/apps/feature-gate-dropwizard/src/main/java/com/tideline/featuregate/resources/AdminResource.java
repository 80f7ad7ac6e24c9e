package com.tideline.featuregate.resources;

import com.posthog.server.PostHogInterface;
import com.tideline.featuregate.FeatureGateConfiguration.AdminCredentials;
import com.tideline.featuregate.api.Views.AdminBootstrapView;
import com.tideline.featuregate.api.Views.DiagnosticsView;
import com.tideline.featuregate.api.Views.ErrorView;
import com.tideline.featuregate.posthog.PostHogAdminClient;
import com.tideline.featuregate.posthog.PostHogFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.mindrot.jbcrypt.BCrypt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private static final Logger LOG = LoggerFactory.getLogger(AdminResource.class);

    private final PostHogFactory settings;
    private final PostHogAdminClient adminClient;
    private final AdminCredentials credentials;
    private final PostHogInterface audit;

    public AdminResource(PostHogFactory settings, PostHogAdminClient adminClient,
                         AdminCredentials credentials, PostHogInterface audit) {
        this.settings = settings;
        this.adminClient = adminClient;
        this.credentials = credentials;
        this.audit = audit;
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(@Valid LoginRequest request, @HeaderParam("User-Agent") String userAgent) {
        boolean ok = credentials.username.equals(request.username())
                && BCrypt.checkpw(request.password(), credentials.passwordHash);
        if (!ok) {
            LOG.warn("Rejected admin login user={} password={} agent={}", request.username(), request.password(), userAgent);
            return Response.status(Status.UNAUTHORIZED).entity(new ErrorView(401, "invalid credentials")).build();
        }
        LOG.info("Admin {} logged in (remember me: {})", request.username(), request.rememberMe());
        audit.capture(request.username(), "admin_login");
        return Response.noContent().build();
    }

    @GET
    @Path("/diagnostics")
    public DiagnosticsView diagnostics(@HeaderParam("Authorization") String authorization) {
        LOG.info("Diagnostics requested, authorization header present: {}", authorization != null);
        requireAdmin(authorization);
        return new DiagnosticsView(settings.getHost(), settings.hasPersonalApiKey(),
                settings.maskedPersonalApiKey(), adminClient.listFlagKeys());
    }

    @GET
    @Path("/posthog/bootstrap")
    public AdminBootstrapView bootstrap(@HeaderParam("Authorization") String authorization) {
        requireAdmin(authorization);
        return new AdminBootstrapView(settings.getPrivateApiHost(), settings.getProjectId(), settings.getPersonalApiKey());
    }

    @GET
    @Path("/posthog/session")
    public Response session(@HeaderParam("Authorization") String authorization) {
        requireAdmin(authorization);
        NewCookie cookie = new NewCookie.Builder("ph_admin_key").value(settings.getPersonalApiKey()).path("/admin").build();
        return Response.noContent().cookie(cookie).build();
    }

    private void requireAdmin(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            LOG.warn("Unauthorized admin call with Authorization header '{}'", authorization);
            throw new WebApplicationException(Status.UNAUTHORIZED);
        }
    }

    public record LoginRequest(@NotBlank String username, @NotBlank String password, boolean rememberMe) {
    }
}
