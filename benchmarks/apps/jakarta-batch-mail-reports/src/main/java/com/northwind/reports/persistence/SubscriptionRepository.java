package com.northwind.reports.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

@ApplicationScoped
public class SubscriptionRepository {

    @PersistenceContext(unitName = "reports")
    EntityManager em;

    public List<ReportSubscription> findActiveForInsight(long insightId) {
        return em.createNamedQuery(ReportSubscription.FIND_ACTIVE_FOR_INSIGHT, ReportSubscription.class)
                .setParameter("insightId", insightId)
                .getResultList();
    }

    @Transactional
    public void markSent(long subscriptionId, Instant when) {
        ReportSubscription subscription = em.find(ReportSubscription.class, subscriptionId);
        if (subscription != null) {
            subscription.markSent(when);
        }
    }

    /** Short fingerprint used in logs so support can match a secret without seeing it. */
    public static String sha256Hex(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
