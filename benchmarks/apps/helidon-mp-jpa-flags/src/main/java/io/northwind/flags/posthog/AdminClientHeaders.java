package io.northwind.flags.posthog;

import java.util.logging.Logger;

import io.northwind.flags.config.PostHogKeys;
import io.northwind.flags.config.PostHogSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Adds the bearer credential for calls to PostHog's private API.
 */
@ApplicationScoped
public class AdminClientHeaders implements ClientHeadersFactory {

    private static final Logger LOGGER = Logger.getLogger(AdminClientHeaders.class.getName());

    @Inject
    PostHogSettings settings;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incomingHeaders,
                                                 MultivaluedMap<String, String> clientOutgoingHeaders) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>(clientOutgoingHeaders);
        String credential = settings.personalApiKey().orElse(PostHogKeys.MIGRATION_OAUTH_TOKEN);
        headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + credential);
        LOGGER.fine(() -> "Calling PostHog admin API with headers " + headers);
        return headers;
    }
}
