package com.larchwood.flagdesk.api;

import com.larchwood.flagdesk.config.PostHogSettings;
import com.larchwood.flagdesk.flags.FlagEvaluationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.util.Map;

/**
 * Flag bootstrap for the single-page bulk editor (toggle.js).
 */
@Path("/flags")
@RequestScoped
@RolesAllowed({"flag-admin", "flag-viewer"})
public class FlagProxyResource {

    static final String FLAGS_KEY_COOKIE = "fd_flags_key";

    @Inject
    FlagEvaluationService evaluation;

    @Inject
    PostHogSettings settings;

    @GET
    @Path("/bootstrap")
    @Produces(MediaType.APPLICATION_JSON)
    public Response bootstrap(@Context SecurityContext security) {
        String distinctId = security.getUserPrincipal().getName();
        Map<String, Boolean> flags = evaluation.uiFlags(distinctId);
        // lets toggle.js re-evaluate locally without another round trip
        NewCookie keyCookie = new NewCookie(FLAGS_KEY_COOKIE, settings.getFlagsSecureKey());
        return Response.ok(flags).cookie(keyCookie).build();
    }
}
