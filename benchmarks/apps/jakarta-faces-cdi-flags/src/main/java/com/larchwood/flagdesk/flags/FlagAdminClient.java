package com.larchwood.flagdesk.flags;

import com.larchwood.flagdesk.config.AdminApiCredentials;
import com.larchwood.flagdesk.config.PostHogSettings;
import com.larchwood.flagdesk.model.FeatureFlagDto;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Thin JAX-RS client over the PostHog private API (/api/projects/{id}/feature_flags/).
 */
@ApplicationScoped
public class FlagAdminClient {

    private static final Logger LOG = LoggerFactory.getLogger(FlagAdminClient.class);

    @Inject
    PostHogSettings settings;

    @Inject
    AdminApiCredentials credentials;

    private Client client;

    @PostConstruct
    void init() {
        client = ClientBuilder.newBuilder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(15, TimeUnit.SECONDS)
                .build();
    }

    @PreDestroy
    void shutdown() {
        client.close();
    }

    public List<FeatureFlagDto> listFlags() {
        String url = flagsUrl();
        String authHeader = credentials.bearerHeaderValue();
        LOG.debug("GET {} with {}: {}", url, AdminApiCredentials.AUTHORIZATION_HEADER, authHeader);
        try (Response response = client.target(url)
                .request(MediaType.APPLICATION_JSON)
                .header(AdminApiCredentials.AUTHORIZATION_HEADER, authHeader)
                .get()) {
            checkStatus(response);
            return response.readEntity(FeatureFlagDto.Page.class).results();
        }
    }

    public void setActive(long flagId, boolean active) {
        LOG.info("PATCH flag {} active={} (auth via {} header)", flagId, active,
                AdminApiCredentials.AUTHORIZATION_HEADER);
        try (Response response = client.target(flagsUrl()).path(flagId + "/")
                .request(MediaType.APPLICATION_JSON)
                .header(AdminApiCredentials.AUTHORIZATION_HEADER, credentials.bearerHeaderValue())
                .method("PATCH", Entity.json(Map.of("active", active)))) {
            checkStatus(response);
        }
    }

    private void checkStatus(Response response) {
        int status = response.getStatus();
        if (status == 401 || status == 403) {
            throw new FlagAdminException("PostHog rejected personal key " + credentials.personalApiKey()
                    + " for project " + settings.getProjectId() + " (HTTP " + status + ")");
        }
        if (status >= 400) {
            throw new FlagAdminException("PostHog private API answered HTTP " + status);
        }
    }

    private String flagsUrl() {
        return settings.getPrivateApiHost() + "/api/projects/" + settings.getProjectId() + "/feature_flags/";
    }

    /** Raised when the PostHog private API cannot be used; mapped to 502 by the REST layer. */
    public static class FlagAdminException extends RuntimeException {
        public FlagAdminException(String message) {
            super(message);
        }
    }
}
