package com.northwind.ledger.service;

import com.northwind.ledger.entity.ApiCredential;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;

@Stateless
public class CredentialService {

    private static final Logger LOG = Logger.getLogger(CredentialService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "ledger")
    EntityManager em;

    public List<ApiCredential> activeCredentials() {
        return em.createNamedQuery("ApiCredential.active", ApiCredential.class).getResultList();
    }

    public ApiCredential rotate(long apiKeyId) {
        ApiCredential credential = em.find(ApiCredential.class, apiKeyId);
        if (credential == null) {
            throw new IllegalArgumentException("Unknown credential " + apiKeyId);
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        credential.setClientSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(raw));
        credential.setCreatedAt(Instant.now());
        LOG.info("Rotated credential " + credential);
        return credential;
    }

    public void revoke(long apiKeyId) {
        ApiCredential credential = em.find(ApiCredential.class, apiKeyId);
        if (credential != null) {
            credential.setRevokedAt(Instant.now());
            LOG.info("Revoked apiKey id " + apiKeyId + " for partner " + credential.getPartnerName());
        }
    }
}
