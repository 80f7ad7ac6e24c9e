package com.acme.flags.posthog;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

public class OutgoingRequestAuditFilter implements ClientRequestFilter {

    private static final Logger LOG = Logger.getLogger(OutgoingRequestAuditFilter.class);

    private static final Set<String> SENSITIVE = Set.of("authorization", "cookie", "x-api-key");

    @Override
    public void filter(ClientRequestContext requestContext) {
        if (!LOG.isTraceEnabled()) {
            return;
        }
        Map<String, String> safeHeaders = new TreeMap<>();
        for (Map.Entry<String, List<String>> header : requestContext.getStringHeaders().entrySet()) {
            String name = header.getKey();
            safeHeaders.put(name, SENSITIVE.contains(name.toLowerCase()) ? "<redacted>" : String.join(",", header.getValue()));
        }
        LOG.tracef("-> %s %s headers=%s", requestContext.getMethod(), requestContext.getUri(), safeHeaders);

        String authorization = requestContext.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.startsWith("Bearer ")) {
            LOG.warnf("Unexpected Authorization scheme on %s: %s", requestContext.getUri().getHost(), authorization);
        }
    }
}
