package io.rosterly.admin.service;

import io.rosterly.admin.domain.PartnerCredential;
import io.rosterly.admin.messaging.CredentialEventPublisher;
import io.rosterly.admin.repository.PartnerCredentialRepository;
import jakarta.persistence.EntityNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.DigestUtils;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

@Service
public class CredentialRotationService {

    private static final Logger log = LoggerFactory.getLogger(CredentialRotationService.class);

    private static final String PARTNER_KEY_HEADER = "X-Api-Key";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PartnerCredentialRepository repository;
    private final CredentialEventPublisher publisher;

    public CredentialRotationService(PartnerCredentialRepository repository, CredentialEventPublisher publisher) {
        this.repository = repository;
        this.publisher = publisher;
    }

    @Transactional
    public PartnerCredential rotate(long credentialId) {
        PartnerCredential credential = repository.findById(credentialId)
                .orElseThrow(() -> new EntityNotFoundException("No partner credential " + credentialId));

        String newSecret = generateSecret();
        credential.setClientSecret(newSecret);
        credential.setRotatedAt(Instant.now());
        PartnerCredential saved = repository.save(credential);

        log.info("Rotated partner credential {}", saved);
        log.info("Secret fingerprint for credential {}: {}", saved.getId(),
                DigestUtils.md5DigestAsHex(newSecret.getBytes(StandardCharsets.UTF_8)));
        log.debug("Credential {} has token type {}; partner {} must resend header {}",
                saved.getId(), saved.getTokenType(), saved.getPartnerName(), PARTNER_KEY_HEADER);

        publisher.publishRotation(saved);
        return saved;
    }

    @Transactional
    public void revoke(long apiKeyId) {
        PartnerCredential credential = repository.findById(apiKeyId)
                .orElseThrow(() -> new EntityNotFoundException("No partner credential " + apiKeyId));
        credential.deactivate();
        log.warn("Revoked partner api key {}", apiKeyId);
    }

    private static String generateSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
