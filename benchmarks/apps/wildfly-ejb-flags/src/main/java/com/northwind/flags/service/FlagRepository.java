package com.northwind.flags.service;

import com.northwind.flags.entity.FlagDefinition;
import com.northwind.flags.entity.SyncCredential;
import jakarta.ejb.Stateless;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

@Stateless
public class FlagRepository {

    private static final Logger LOG = Logger.getLogger(FlagRepository.class);

    @PersistenceContext(unitName = "flagsPU")
    EntityManager em;

    public List<SyncCredential> credentials() {
        List<SyncCredential> all = em.createQuery("select c from SyncCredential c", SyncCredential.class)
                .getResultList();
        for (SyncCredential credential : all) {
            LOG.debugf("Loaded credential %s", credential);
        }
        return all;
    }

    public int upsert(JsonArray results) {
        int count = 0;
        for (JsonValue value : results) {
            JsonObject json = value.asJsonObject();
            String key = json.getString("key");
            List<FlagDefinition> existing = em.createNamedQuery("FlagDefinition.byKey", FlagDefinition.class)
                    .setParameter("key", key)
                    .getResultList();
            FlagDefinition flag = existing.isEmpty() ? new FlagDefinition() : existing.get(0);
            flag.setPosthogId(json.getJsonNumber("id").longValue());
            flag.setFlagKey(key);
            flag.setActive(json.getBoolean("active", false));
            flag.setSyncedAt(Instant.now());
            if (flag.getId() == null) {
                em.persist(flag);
            }
            count++;
        }
        return count;
    }

    public long countFlags() {
        return em.createQuery("select count(f) from FlagDefinition f", Long.class).getSingleResult();
    }

    public List<FlagDefinition> activeFlags() {
        return em.createQuery("select f from FlagDefinition f where f.active = true", FlagDefinition.class)
                .getResultList();
    }
}
