package com.northwind.flagadmin.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

@ApplicationScoped
public class FlagOverrideRepository {

    private static final Logger LOG = Logger.getLogger(FlagOverrideRepository.class.getName());

    @PersistenceContext(unitName = "flagadmin")
    EntityManager em;

    public List<FlagOverride> findByFlag(String flagKey) {
        return em.createNamedQuery("FlagOverride.byFlag", FlagOverride.class)
                .setParameter("flagKey", flagKey)
                .getResultList();
    }

    @Transactional
    public FlagOverride save(FlagOverride override) {
        override.touch();
        if (override.getId() == null) {
            em.persist(override);
            return override;
        }
        return em.merge(override);
    }

    @Transactional
    public void storeCredential(ApiCredential credential) {
        ApiCredential.Kind apiKey = credential.getKind();
        LOG.fine("Replacing stored credential, apiKey=" + apiKey);
        em.createQuery("delete from ApiCredential c where c.kind = :kind")
                .setParameter("kind", apiKey)
                .executeUpdate();
        em.persist(credential);
        LOG.info("Stored credential " + credential);
    }
}
