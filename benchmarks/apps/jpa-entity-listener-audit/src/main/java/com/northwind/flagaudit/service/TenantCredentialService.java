package com.northwind.flagaudit.service;

import com.northwind.flagaudit.config.PostHogDefaults;
import com.northwind.flagaudit.domain.TenantPostHogCredential;
import com.northwind.flagaudit.persistence.TenantCredentialRepository;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

@Service
@Transactional
public class TenantCredentialService {

    private static final Logger log = LoggerFactory.getLogger(TenantCredentialService.class);

    private final TenantCredentialRepository repository;
    private final TenantPostHogClientFactory clientFactory;
    private final RestTemplate restTemplate;

    public TenantCredentialService(TenantCredentialRepository repository,
                                   TenantPostHogClientFactory clientFactory,
                                   RestTemplateBuilder restTemplateBuilder) {
        this.repository = repository;
        this.clientFactory = clientFactory;
        this.restTemplate = restTemplateBuilder.rootUri(PostHogDefaults.PRIVATE_API_HOST).build();
    }

    public TenantPostHogCredential register(String tenantId, String projectApiKey, String personalApiKey, String host) {
        if (repository.existsByTenantId(tenantId)) {
            throw new IllegalStateException("Tenant " + tenantId + " already has PostHog credentials");
        }
        if (personalApiKey != null) {
            verifyPersonalKey(tenantId, personalApiKey);
        }
        TenantPostHogCredential saved = repository.save(
                new TenantPostHogCredential(tenantId, projectApiKey, personalApiKey, host));
        log.info("Registered tenant {} (personal key present: {})", tenantId, personalApiKey != null);
        return saved;
    }

    private void verifyPersonalKey(String tenantId, String personalApiKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(personalApiKey);
        try {
            restTemplate.exchange("/api/users/@me/", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        } catch (HttpClientErrorException.Unauthorized e) {
            throw new IllegalArgumentException(
                    "PostHog rejected personal API key " + personalApiKey + " for tenant " + tenantId, e);
        }
    }

    public String rotateSecureKey(String tenantId, String newSecureKey) {
        TenantPostHogCredential credential = repository.findByTenantId(tenantId)
                .orElseThrow(() -> new NoSuchElementException("Unknown tenant " + tenantId));
        String previousSecureKey = credential.getFeatureFlagsSecureKey();
        credential.setFeatureFlagsSecureKey(newSecureKey);
        repository.save(credential);
        clientFactory.evict(tenantId);
        System.out.println("Rotated feature flags secure key for " + tenantId + " -> " + newSecureKey);
        return previousSecureKey;
    }

    @Transactional(readOnly = true)
    public TenantPostHogCredential get(String tenantId) {
        return repository.findByTenantId(tenantId)
                .orElseThrow(() -> new NoSuchElementException("Unknown tenant " + tenantId));
    }
}
