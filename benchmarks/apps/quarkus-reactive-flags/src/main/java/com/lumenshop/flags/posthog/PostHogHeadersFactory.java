package com.lumenshop.flags.posthog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;
import org.jboss.logging.Logger;

import com.lumenshop.flags.config.PostHogSettings;

/**
 * Adds the personal API key as a bearer token to every call of the PostHog private API.
 */
@ApplicationScoped
public class PostHogHeadersFactory implements ClientHeadersFactory {

    private static final Logger LOG = Logger.getLogger(PostHogHeadersFactory.class);

    @Inject
    PostHogSettings settings;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incomingHeaders,
                                                 MultivaluedMap<String, String> clientOutgoingHeaders) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + settings.personalApiKey());
        headers.putSingle(HttpHeaders.ACCEPT, "application/json");
        LOG.tracef("PostHog API call authenticated=%b", settings.personalApiKey() != null);
        return headers;
    }
}
