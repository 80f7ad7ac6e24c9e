package io.northwind.flagconsole.actuator;

import java.util.LinkedHashMap;
import java.util.Map;

import io.northwind.flagconsole.config.PostHogProperties;
import io.northwind.flagconsole.domain.ApiCredential;
import io.northwind.flagconsole.service.CredentialService;
import io.northwind.flagconsole.util.KeyFingerprints;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/posthog} - lets the on-call engineer see which PostHog project the console talks to.
 */
@Component
@Endpoint(id = "posthog")
public class PostHogStatusEndpoint {

    private final PostHogProperties properties;
    private final CredentialService credentialService;
    private final String secretKey;

    public PostHogStatusEndpoint(PostHogProperties properties,
                                 CredentialService credentialService,
                                 @Value("${posthog.secret-key:phs_6SYQ8qpmUR7ycRxaZ3ouVsqhyfqXSRkHTBY7pnzqbm2hnVbk}") String secretKey) {
        this.properties = properties;
        this.credentialService = credentialService;
        this.secretKey = secretKey;
    }

    @ReadOperation
    public Map<String, Object> status() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("host", properties.getHost());
        body.put("projectApiKey", properties.getProjectApiKey());
        body.put("personalKeyConfigured", properties.getPersonalApiKey() != null);
        body.put("personalKeyHint", KeyFingerprints.mask(properties.getPersonalApiKey()));
        body.put("secretKeyLength", secretKey.length());
        return body;
    }

    @ReadOperation
    public Map<String, Object> credential(@Selector String projectId) {
        ApiCredential credential = credentialService.activeFor(projectId);
        return Map.of("label", credential.getLabel(), "kind", credential.getKind(), "secretKey", credential.getSecretKey());
    }
}
