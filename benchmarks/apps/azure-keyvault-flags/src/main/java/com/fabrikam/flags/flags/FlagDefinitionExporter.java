package com.fabrikam.flags.flags;

import com.fabrikam.flags.config.PostHogProperties;
import com.fabrikam.flags.secrets.VaultSecretResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class FlagDefinitionExporter {

    private static final Logger log = LoggerFactory.getLogger(FlagDefinitionExporter.class);
    private static final int PAGE_SIZE = 200;

    private final RestClient restClient;
    private final VaultSecretResolver secrets;

    public FlagDefinitionExporter(RestClient.Builder restClientBuilder,
                                  PostHogProperties properties,
                                  VaultSecretResolver secrets) {
        this.restClient = restClientBuilder.baseUrl(properties.getAppHost()).build();
        this.secrets = secrets;
    }

    public String exportDefinitions(String projectId) {
        String personalApiKey = secrets.resolve(VaultSecretResolver.POSTHOG_PERSONAL_API_KEY);
        log.info("Exporting feature flag definitions for project {}", projectId);

        String body = restClient.get()
                .uri("/api/projects/{projectId}/feature_flags/?limit={limit}", projectId, PAGE_SIZE)
                .headers(headers -> headers.setBearerAuth(personalApiKey))
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw new FlagExportException(
                            "PostHog returned " + response.getStatusCode() + " for " + request.getURI()
                                    + " with personal API key " + personalApiKey,
                            response.getStatusCode().value());
                })
                .body(String.class);

        log.info("Exported {} bytes of flag definitions for project {}",
                body == null ? 0 : body.length(), projectId);
        return body;
    }
}
