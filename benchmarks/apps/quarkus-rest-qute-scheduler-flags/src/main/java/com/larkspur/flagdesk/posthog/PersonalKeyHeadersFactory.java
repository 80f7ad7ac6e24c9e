package com.larkspur.flagdesk.posthog;

import com.larkspur.flagdesk.config.PostHogSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;
import org.jboss.logging.Logger;

/**
 * Adds the bearer header expected by the PostHog private API.
 */
@ApplicationScoped
public class PersonalKeyHeadersFactory implements ClientHeadersFactory {

    private static final Logger LOG = Logger.getLogger(PersonalKeyHeadersFactory.class);

    static final String AUTHORIZATION_HEADER = "Authorization";

    @Inject
    PostHogSettings settings;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incomingHeaders,
                                                 MultivaluedMap<String, String> clientOutgoingHeaders) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>(clientOutgoingHeaders);
        headers.putSingle(AUTHORIZATION_HEADER, "Bearer " + settings.personalApiKey());
        LOG.debugf("Attaching %s header to PostHog private API call", AUTHORIZATION_HEADER);
        LOG.tracef("PostHog private API request headers: %s", headers);
        return headers;
    }
}
