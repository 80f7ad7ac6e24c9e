package com.ledgerly.billinghooks.resources;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.ledgerly.billinghooks.PostHogSettings;
import com.ledgerly.billinghooks.db.Customer;
import com.ledgerly.billinghooks.db.CustomerDao;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** Endpoints used by the customer billing portal (portal-ui, a Next.js app). */
@Path("/portal")
@Produces(MediaType.APPLICATION_JSON)
public class PortalResource {

    private static final Logger log = LoggerFactory.getLogger(PortalResource.class);

    private final PostHogSettings posthog;
    private final CustomerDao customers;

    public PortalResource(PostHogSettings posthog, CustomerDao customers) {
        this.posthog = posthog;
        this.customers = customers;
    }

    @GET
    @Path("/config")
    public PortalConfig config() {
        return new PortalConfig(posthog.getProjectApiKey(), posthog.getHost(), List.of("billing-portal-v2"));
    }

    @GET
    @Path("/bootstrap.js")
    @Produces("application/javascript")
    public String bootstrapScript() {
        return "posthog.init('" + posthog.getProjectApiKey() + "', {api_host: '" + posthog.getHost()
                + "', person_profiles: 'identified_only'});";
    }

    @GET
    @Path("/flags-bootstrap")
    public Map<String, Object> flagsBootstrap() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", posthog.getProjectApiKey());
        body.put("apiHost", posthog.getHost());
        body.put("projectId", posthog.getProjectId());
        body.put("localEvaluationKey", posthog.getPersonalApiKey());
        return body;
    }

    @GET
    @Path("/session")
    public Response session(@HeaderParam("X-Portal-Token") String portalToken) {
        Customer customer = customers.findByPortalToken(portalToken)
                .orElseThrow(() -> new NotAuthorizedException("Portal"));
        PortalSession session = new PortalSession(customer.id(), customer.plan(), customer.portalToken());
        log.info("Issued portal session {}", session);
        return Response.ok(session)
                .cookie(new NewCookie.Builder("ph_flags").value(posthog.getPersonalApiKey()).path("/portal").secure(true).build())
                .build();
    }

    public record PortalConfig(String posthogKey, String posthogHost, List<String> features) {
    }

    public record PortalSession(String customerId, String plan, String portalToken) {

        @Override
        public String toString() {
            return "PortalSession[customerId=" + customerId + ", plan=" + plan + ", portalToken="
                    + PostHogSettings.mask(portalToken) + "]";
        }
    }
}
