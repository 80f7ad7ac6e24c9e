package com.northwind.loyalty.api;

import com.northwind.loyalty.config.PostHogKeys;
import com.northwind.loyalty.domain.PartnerIntegration;
import com.northwind.loyalty.support.Secrets;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

public class PartnerTokenFilter {

    static final String PARTNER_PROPERTY = "loyalty.partner";

    private static final Logger LOG = Logger.getLogger(PartnerTokenFilter.class);

    @ServerRequestFilter
    public Optional<RestResponse<Void>> authenticatePartner(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath();
        if (!path.endsWith("/accruals")) {
            return Optional.empty();
        }
        String presentedKey = ctx.getHeaderString(PostHogKeys.PARTNER_API_KEY_HEADER);
        if (presentedKey == null || presentedKey.isBlank()) {
            LOG.debugf("Missing %s header on %s", PostHogKeys.PARTNER_API_KEY_HEADER, path);
            return Optional.of(RestResponse.status(RestResponse.Status.UNAUTHORIZED));
        }
        String authorization = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        LOG.debugf("Partner request %s %s authorization=%s", ctx.getMethod(), path, authorization);
        Optional<PartnerIntegration> partner = PartnerIntegration.findByApiKeyHash(Secrets.sha256Hex(presentedKey));
        if (partner.isEmpty()) {
            LOG.warnf("Rejected partner call to %s with key %s", path, presentedKey);
            return Optional.of(RestResponse.status(RestResponse.Status.FORBIDDEN));
        }
        LOG.debugf("Partner %s authenticated (key length %d, sha256 %s)", partner.get().name,
                presentedKey.length(), Secrets.sha256Hex(presentedKey));
        ctx.setProperty(PARTNER_PROPERTY, partner.get().name);
        return Optional.empty();
    }
}
