package com.brightlane.flagdesk.client;

import com.brightlane.flagdesk.config.PostHogKeys;
import com.brightlane.flagdesk.config.PostHogSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;
import org.jboss.logging.Logger;

/**
 * Adds the personal API key as a bearer token to every call of {@link PostHogAdminApi}.
 */
@ApplicationScoped
public class PostHogAuthHeadersFactory implements ClientHeadersFactory {

    private static final Logger LOG = Logger.getLogger(PostHogAuthHeadersFactory.class);

    @Inject
    PostHogSettings settings;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incomingHeaders,
                                                 MultivaluedMap<String, String> clientOutgoingHeaders) {
        MultivaluedMap<String, String> result = new MultivaluedHashMap<>();
        result.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + settings.personalApiKey());
        result.putSingle(PostHogKeys.HEADER_REQUEST_SOURCE, "flagdesk");
        LOG.debugf("PostHog admin request headers: %s", result);
        return result;
    }
}
