package com.acme.flags.posthog;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import com.acme.flags.config.PostHogSettings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Adds the bearer credential PostHog expects on the local-evaluation endpoint.
 */
@ApplicationScoped
public class PostHogAuthHeaders implements ClientHeadersFactory {

    @Inject
    PostHogSettings settings;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incomingHeaders,
                                                 MultivaluedMap<String, String> clientOutgoingHeaders) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + settings.secureApiKey());
        headers.putSingle(HttpHeaders.USER_AGENT, "acme-flag-gateway/1.4");
        return headers;
    }
}
