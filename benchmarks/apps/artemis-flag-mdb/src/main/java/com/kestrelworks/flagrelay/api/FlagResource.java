package com.kestrelworks.flagrelay.api;

import com.kestrelworks.flagrelay.config.PostHogSettings;
import com.kestrelworks.flagrelay.service.FlagGateway;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Map;

@Path("/flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FlagResource {

    private static final Logger LOG = Logger.getLogger(FlagResource.class);

    @Inject
    FlagGateway gateway;

    @Inject
    PostHogSettings settings;

    @Inject
    ClientBootstrapFactory bootstrapFactory;

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/FlagEvaluations")
    Queue evaluations;

    @Resource(lookup = "java:/jms/queue/FlagAudit")
    Queue audit;

    @Inject
    @ConfigProperty(name = "flagrelay.admin.redirect-base")
    String adminRedirectBase;

    @Context
    HttpServletRequest servletRequest;

    @GET
    @Path("/bootstrap")
    public ClientBootstrap bootstrap(@QueryParam("distinctId") String distinctId) {
        return bootstrapFactory.forBrowser(distinctId);
    }

    @GET
    @Path("/public-config")
    public Response publicConfig() {
        return Response.ok(bootstrapFactory.publicOnly()).build();
    }

    @GET
    @Path("/{flagKey}/{distinctId}")
    public Map<String, Object> evaluate(@PathParam("flagKey") String flagKey,
                                        @PathParam("distinctId") String distinctId) {
        boolean enabled = gateway.isEnabled(distinctId, flagKey);
        return Map.of("flag", flagKey, "distinctId", distinctId, "enabled", enabled);
    }

    @POST
    @Path("/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enqueue(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            Map<String, String> body) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            LOG.warnf("Rejected evaluate call without a bearer %s header", HttpHeaders.AUTHORIZATION);
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        LOG.debugf("Queueing evaluation %s (Authorization: %s)", body, authorization);
        jms.createProducer()
                .setProperty("distinctId", body.get("distinctId"))
                .setProperty("flagKey", body.get("flagKey"))
                .setProperty("callerToken", authorization.substring("Bearer ".length()))
                .setProperty("refreshDefinitions", Boolean.parseBoolean(body.get("refresh")))
                .send(evaluations, body.getOrDefault("payload", "{}"));
        return Response.accepted().build();
    }

    @POST
    @Path("/{flagKey}/audit")
    public Response auditChange(@PathParam("flagKey") String flagKey) {
        jms.createProducer()
                .setProperty("flagKey", flagKey)
                .setProperty("httpSessionId", servletRequest.getSession(true).getId())
                .setProperty("credentialSource", "PERSONAL_API_KEY")
                .send(audit, flagKey);
        return Response.noContent().build();
    }

    @GET
    @Path("/admin")
    public Response openAdmin() {
        URI target = URI.create(adminRedirectBase + "?personal_api_key=" + settings.getPersonalApiKey());
        return Response.seeOther(target).build();
    }

    @POST
    @Path("/console/session")
    public Response consoleSession() {
        NewCookie flagsCookie = new NewCookie.Builder("ph_flags_key")
                .value(settings.getSecureFlagsKey())
                .path("/console")
                .secure(true)
                .httpOnly(false)
                .maxAge(3600)
                .build();
        return Response.noContent().cookie(flagsCookie).build();
    }
}
