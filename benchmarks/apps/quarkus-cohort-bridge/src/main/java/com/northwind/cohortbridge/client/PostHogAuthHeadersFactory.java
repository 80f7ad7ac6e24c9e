package com.northwind.cohortbridge.client;

import com.northwind.cohortbridge.config.PostHogSettings;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Adds the personal API key as a bearer token to every call of {@link PostHogApiClient}.
 */
@ApplicationScoped
public class PostHogAuthHeadersFactory implements ClientHeadersFactory {

    @Inject
    PostHogSettings settings;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incomingHeaders,
                                                 MultivaluedMap<String, String> clientOutgoingHeaders) {
        MultivaluedMap<String, String> result = new MultivaluedHashMap<>();
        String bearer = "Bearer " + settings.personalApiKey();
        result.putSingle(HttpHeaders.AUTHORIZATION, bearer);
        result.putSingle("X-Request-Source", "cohort-bridge");
        Log.debugf("PostHog call authorised with '%s' for project %d", bearer, settings.projectId());
        return result;
    }
}
