package com.northwind.flagsync.config;

import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

@Component
public class CamundaAuthDiagnostics implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CamundaAuthDiagnostics.class);

    private final String clusterId;
    private final String clientId;
    private final String clientSecret;
    private final String region;

    public CamundaAuthDiagnostics(@Value("${camunda.client.cluster-id:local}") String clusterId,
                                  @Value("${camunda.client.auth.client-id:}") String clientId,
                                  @Value("${camunda.client.auth.client-secret:}") String clientSecret,
                                  @Value("${camunda.client.region:}") String region) {
        this.clusterId = clusterId;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.region = region;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info("Zeebe target cluster={} region={} clientId={}", clusterId, region, clientId);
        if (clientSecret.isEmpty()) {
            log.warn("No OAuth client configured; expecting plaintext gateway");
            return;
        }
        log.info("Bearer token will be sent in the {} header by the credentials provider", HttpHeaders.AUTHORIZATION);
        String fingerprint = DigestUtils.md5DigestAsHex(clientSecret.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        log.debug("Client secret fingerprint {}", fingerprint);
        log.debug("OAuth client credentials {}:{}", clientId, clientSecret);
    }
}
