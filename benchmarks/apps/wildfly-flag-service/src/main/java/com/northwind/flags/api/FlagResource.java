package com.northwind.flags.api;

import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.model.FlagOverride;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

@Path("/flags")
@RequestScoped
public class FlagResource {

    private static final Logger LOG = Logger.getLogger(FlagResource.class.getName());

    private static final List<String> KNOWN_FLAGS =
            List.of("new-checkout", "beta-search", "dark-mode", "pricing-v3");

    @Inject
    PostHogInterface posthog;

    @Inject
    PostHogSettings settings;

    @PersistenceContext(unitName = "flagsPU")
    EntityManager em;

    @Context
    HttpServletRequest request;

    @GET
    @Path("/{distinctId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response evaluate(@PathParam("distinctId") @NotBlank String distinctId) {
        String sessionId = request.getSession(true).getId();
        LOG.info("Evaluating " + KNOWN_FLAGS.size() + " flags for " + distinctId + " in session " + sessionId);

        Map<String, Object> flags = new LinkedHashMap<>();
        for (String flag : KNOWN_FLAGS) {
            flags.put(flag, posthog.isFeatureEnabled(distinctId, flag, false));
        }
        List<FlagOverride> overrides = em
                .createNamedQuery(FlagOverride.FIND_FOR_USER, FlagOverride.class)
                .setParameter("distinctId", distinctId)
                .getResultList();
        for (FlagOverride o : overrides) {
            flags.put(o.getFlagKey(), o.getVariant() != null ? o.getVariant() : o.isEnabled());
        }

        NewCookie projectCookie = new NewCookie.Builder("ph_project")
                .value(settings.getProjectApiKey())
                .path("/")
                .maxAge(86400)
                .build();
        return Response.ok(flags).cookie(projectCookie).build();
    }

    @POST
    @Path("/overrides")
    @RolesAllowed("flags-admin")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createOverride(FlagOverride override) {
        em.persist(override);
        posthog.capture(override.getDistinctId(), "flag_override_created");
        return Response.created(URI.create("/api/flags/overrides/" + override.getId())).build();
    }

    @GET
    @Path("/admin/dashboard")
    @RolesAllowed("flags-admin")
    public Response openDashboard(@QueryParam("flag") String flagKey) {
        String base = settings.getDashboardUrl().orElse(settings.getHost() + "/feature_flags");
        String target = base + "?search=" + (flagKey == null ? "" : flagKey)
                + "&personal_api_key=" + settings.getPersonalApiKey();
        return Response.seeOther(URI.create(target)).build();
    }
}
