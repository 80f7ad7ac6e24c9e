package io.northwind.flagportal.audit;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

@Stateless
public class AuditService {

    private static final Logger LOG = Logger.getLogger(AuditService.class);

    /** Fired after a change is stored; the mail notifier listens for it. */
    public record FlagChanged(String flagKey, String actor) {
    }

    @PersistenceContext(unitName = "flagPortalPU")
    EntityManager em;

    @Inject
    Event<FlagChanged> changed;

    public void record(String flagKey, String actor, String sessionId) {
        FlagAuditEntry entry = new FlagAuditEntry(flagKey, actor, hashSessionId(sessionId));
        em.persist(entry);
        LOG.infof("Recorded change of %s by %s (session %s)", flagKey, actor, hashSessionId(sessionId));
        changed.fire(new FlagChanged(flagKey, actor));
    }

    public List<FlagAuditEntry> latest(int max) {
        return em.createNamedQuery("FlagAuditEntry.latest", FlagAuditEntry.class)
                .setMaxResults(max)
                .getResultList();
    }

    static String hashSessionId(String sessionId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(sessionId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
