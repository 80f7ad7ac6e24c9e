package io.northwind.flags.persistence;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class FlagOverrideRepository {

    private static final Logger LOGGER = System.getLogger(FlagOverrideRepository.class.getName());

    @PersistenceContext(unitName = "flags")
    EntityManager em;

    public Optional<FlagOverride> find(String flagKey, String distinctId) {
        return em.createNamedQuery("FlagOverride.byFlagAndUser", FlagOverride.class)
                .setParameter("flagKey", flagKey)
                .setParameter("distinctId", distinctId)
                .getResultStream()
                .findFirst();
    }

    @Transactional
    public FlagOverride save(FlagOverride override) {
        if (override.getId() == null) {
            em.persist(override);
            return override;
        }
        return em.merge(override);
    }

    @Transactional
    public TenantWebhook registerWebhook(TenantWebhook webhook) {
        em.persist(webhook);
        LOGGER.log(Level.INFO, "Registered flag-change webhook {0}", webhook);
        return webhook;
    }

    public List<TenantWebhook> webhooksFor(String tenant) {
        return em.createQuery("select w from TenantWebhook w where w.tenant = :tenant", TenantWebhook.class)
                .setParameter("tenant", tenant)
                .getResultList();
    }
}
