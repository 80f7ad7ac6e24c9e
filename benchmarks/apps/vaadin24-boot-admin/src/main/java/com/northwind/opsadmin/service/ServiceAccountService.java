package com.northwind.opsadmin.service;

import com.northwind.opsadmin.domain.ServiceAccount;
import com.northwind.opsadmin.domain.ServiceAccount.ApiKeyScope;
import com.northwind.opsadmin.domain.ServiceAccountRepository;
import com.posthog.server.PostHogInterface;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ServiceAccountService {

    private static final Logger log = LoggerFactory.getLogger(ServiceAccountService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServiceAccountRepository repository;
    private final PostHogInterface auditPostHog;
    private final Clock clock;

    public ServiceAccountService(ServiceAccountRepository repository,
                                 @Qualifier("auditPostHog") PostHogInterface auditPostHog) {
        this.repository = repository;
        this.auditPostHog = auditPostHog;
        this.clock = Clock.systemUTC();
    }

    @Transactional(readOnly = true)
    public List<ServiceAccount> search(String filterText) {
        FilterQuery query = FilterQuery.parse(filterText);
        String owner = query.valueOf("owner");
        String text = query.freeText();
        List<ServiceAccount> matches = repository
                .findByNameContainingIgnoreCaseOrOwnerContainingIgnoreCaseOrderByName(text, owner != null ? owner : text);
        String scope = query.valueOf("scope");
        if (scope == null) {
            return matches;
        }
        return matches.stream()
                .filter(a -> a.getApiKeyScope().name().equalsIgnoreCase(scope))
                .toList();
    }

    /**
     * Creates the account and returns the plain secret. The caller shows it to the admin exactly once.
     */
    @Transactional
    public String create(String name, String owner, ApiKeyScope scope, String actor) {
        log.info("Creating service account {} for {} with apiKey scope {}", name, owner, scope);
        ServiceAccount account = new ServiceAccount(name, owner, scope);
        String secret = newSecret();
        account.rotateSecret(secret, clock.instant());
        repository.save(account);
        audit(actor, "service_account_created", account);
        return secret;
    }

    @Transactional
    public String rotate(long id, String actor) {
        ServiceAccount account = repository.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("No service account " + id));
        String secret = newSecret();
        account.rotateSecret(secret, clock.instant());
        log.info("Rotated credentials for {}", account);
        log.info("Account {} now on key version {}, fingerprint {}", account.getName(), account.getKeyVersion(), hashForAudit(secret));
        audit(actor, "service_account_rotated", account);
        return secret;
    }

    @Transactional
    public void setEnabled(long id, boolean enabled, String actor) {
        repository.findById(id).ifPresent(account -> {
            account.setEnabled(enabled);
            audit(actor, enabled ? "service_account_enabled" : "service_account_disabled", account);
        });
    }

    public long activeCount() {
        return repository.countByEnabledTrue();
    }

    private void audit(String actor, String event, ServiceAccount account) {
        auditPostHog.capture(actor, event, Map.of(
                "account", account.getName(),
                "scope", account.getApiKeyScope().name(),
                "key_version", account.getKeyVersion()));
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "nwsa_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hashForAudit(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
