package com.northwind.loyalty.api;

import com.northwind.loyalty.config.PostHogSettings;
import com.northwind.loyalty.domain.PartnerIntegration;
import com.northwind.loyalty.domain.SegmentRuleTokenizer;
import com.northwind.loyalty.domain.SegmentRuleTokenizer.Token;
import com.northwind.loyalty.support.Secrets;
import com.northwind.loyalty.sync.FlagDefinitionSync;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Ops endpoints; only reachable through the internal ingress, which terminates the ops SSO.
 */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private static final Logger LOG = Logger.getLogger(AdminResource.class);

    @Inject
    PostHogSettings settings;

    @Inject
    FlagDefinitionSync flagSync;

    @GET
    @Path("/posthog/diagnostics")
    public DiagnosticsView diagnostics() {
        DiagnosticsView view = DiagnosticsView.from(settings, flagSync.definitions().size());
        LOG.infof("PostHog diagnostics requested: %s", view);
        return view;
    }

    @POST
    @Path("/posthog/flags/sync")
    public Map<String, Integer> syncFlags() {
        return Map.of("synced", flagSync.syncNow());
    }

    @POST
    @Path("/partners/{id}/webhook-secret")
    @Transactional
    public Map<String, String> rotateWebhookSecret(@RestPath Long id) {
        PartnerIntegration partner = PartnerIntegration.<PartnerIntegration>findByIdOptional(id)
                .orElseThrow(NotFoundException::new);
        String previous = partner.webhookSecret;
        partner.rotateWebhookSecret();
        LOG.infof("Rotated webhook secret for partner %s (old=%s, new=%s)", partner.name, previous, partner.webhookSecret);
        return Map.of("partner", partner.name, "fingerprint", Secrets.sha256Hex(partner.webhookSecret));
    }

    @POST
    @Path("/segments/validate")
    @Consumes(MediaType.TEXT_PLAIN)
    public Map<String, Object> validateSegmentRule(String rule) {
        List<Token> tokens = SegmentRuleTokenizer.tokenize(rule);
        for (Token token : tokens) {
            LOG.tracef("segment rule token %s", token);
        }
        return Map.of("valid", true, "tokens", tokens.size());
    }
}
