package io.lumenstack.flags.client;

import io.lumenstack.flags.config.PostHogKeys;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.logging.Logger;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

public class AuditingRequestFilter implements ClientRequestFilter {

    private static final Logger LOG = Logger.getLogger(AuditingRequestFilter.class);
    private static final Set<String> SENSITIVE = Set.of("authorization", "cookie", "x-api-key");

    @Override
    public void filter(ClientRequestContext requestContext) {
        requestContext.getHeaders().putSingle("X-Client", "flags-relay");
        if (LOG.isDebugEnabled()) {
            LOG.debugf("-> %s %s headers=%s", requestContext.getMethod(), requestContext.getUri(),
                    redacted(requestContext.getStringHeaders()));
        }
        if (requestContext.getProperty("flags.trace-auth") != null) {
            String authorization = requestContext.getHeaderString(HttpHeaders.AUTHORIZATION);
            LOG.infof("auth trace for %s: %s", requestContext.getUri().getPath(), authorization);
        }
    }

    private static Map<String, String> redacted(MultivaluedMap<String, String> headers) {
        Map<String, String> out = new TreeMap<>();
        headers.forEach((name, values) -> {
            if (SENSITIVE.contains(name.toLowerCase(Locale.ROOT))) {
                out.put(name, values.isEmpty() ? "" : PostHogKeys.mask(values.get(0)));
            } else {
                out.put(name, String.join(",", values));
            }
        });
        return out;
    }
}
