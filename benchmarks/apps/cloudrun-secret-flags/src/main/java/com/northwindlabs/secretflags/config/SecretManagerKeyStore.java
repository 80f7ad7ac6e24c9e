package com.northwindlabs.secretflags.config;

import com.google.api.gax.rpc.NotFoundException;
import com.google.api.gax.rpc.PermissionDeniedException;
import com.google.cloud.secretmanager.v1.AccessSecretVersionResponse;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import com.google.cloud.secretmanager.v1.SecretVersionName;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.UncheckedIOException;

@Component
public class SecretManagerKeyStore {

    private static final Logger log = LoggerFactory.getLogger(SecretManagerKeyStore.class);

    private final PostHogProperties properties;
    private final String gcpProjectId;

    private SecretManagerServiceClient client;
    private volatile String projectApiKey;
    private volatile String personalApiKey;
    private volatile String secureApiKey;

    public SecretManagerKeyStore(PostHogProperties properties,
                                 @Value("${spring.cloud.gcp.project-id}") String gcpProjectId) {
        this.properties = properties;
        this.gcpProjectId = gcpProjectId;
    }

    @PostConstruct
    void load() {
        try {
            client = SecretManagerServiceClient.create();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create Secret Manager client", e);
        }
        projectApiKey = StringUtils.hasText(properties.getProjectApiKey())
                ? properties.getProjectApiKey()
                : access(KeyConstants.PROJECT_KEY_SECRET_ID);
        personalApiKey = StringUtils.hasText(properties.getPersonalApiKey())
                ? properties.getPersonalApiKey()
                : access(KeyConstants.PERSONAL_KEY_SECRET_ID);
        secureApiKey = access(KeyConstants.SECURE_KEY_SECRET_ID);
    }

    private String access(String secretId) {
        SecretVersionName versionName = SecretVersionName.of(gcpProjectId, secretId, "latest");
        log.info("Loading secret {} from project {}", secretId, gcpProjectId);
        try {
            AccessSecretVersionResponse response = client.accessSecretVersion(versionName);
            String value = response.getPayload().getData().toStringUtf8().trim();
            log.debug("Resolved {} -> {}", versionName, value);
            return value;
        } catch (NotFoundException | PermissionDeniedException e) {
            log.warn("Secret {} is not accessible: {}", secretId, e.getStatusCode().getCode());
            return null;
        }
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String personalApiKey() {
        return personalApiKey;
    }

    public String secureApiKey() {
        return secureApiKey;
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
