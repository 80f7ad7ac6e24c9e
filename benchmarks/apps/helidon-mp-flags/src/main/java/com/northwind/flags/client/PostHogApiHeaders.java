package com.northwind.flags.client;

import com.northwind.flags.config.PostHogSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Authenticates calls to PostHog's private API with the personal API key.
 */
@ApplicationScoped
public class PostHogApiHeaders implements ClientHeadersFactory {

    @Inject
    PostHogSettings settings;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incomingHeaders,
                                                 MultivaluedMap<String, String> clientOutgoingHeaders) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>(clientOutgoingHeaders);
        headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + settings.getPersonalApiKey());
        headers.putSingle(HttpHeaders.USER_AGENT, "northwind-flags-gateway");
        return headers;
    }
}
