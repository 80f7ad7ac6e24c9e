package com.northwind.flagportal.flags;

import com.northwind.flagportal.config.PostHogSettings;
import com.northwind.flagportal.posthog.PostHogApi;
import com.northwind.flagportal.posthog.PostHogApi.FlagPage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Copies PostHog's feature flag definitions into the portal database every five minutes.
 */
@Singleton
@Startup
public class FlagSyncService {

    private static final Logger LOG = Logger.getLogger(FlagSyncService.class.getName());

    @Inject
    PostHogSettings settings;

    @Inject
    @RestClient
    PostHogApi posthogApi;

    @PersistenceContext(unitName = "flagportal")
    EntityManager em;

    @PostConstruct
    void logConfiguration() {
        LOG.info("Flag portal starting with PostHog settings " + settings.credentials());
        LOG.config("Personal API key length: " + settings.getPersonalApiKey().length());
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void scheduledSync() {
        try {
            syncFlags();
        } catch (FlagSyncException e) {
            LOG.severe("Scheduled flag sync rejected by PostHog, HTTP " + e.status());
        }
    }

    public int syncFlags() {
        String key = settings.getPersonalApiKey();
        try {
            FlagPage page = posthogApi.listFlags("Bearer " + key, settings.getProjectId());
            for (PostHogApi.RemoteFlag remote : page.results()) {
                em.merge(new FlagDefinition(remote.id(), remote.key(), remote.name(), remote.active(), remote.rolloutPercentage()));
            }
            LOG.info(() -> "Synced " + page.results().size() + " flags (personal key set: " + !key.isBlank() + ")");
            return page.results().size();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 401 || status == 403) {
                throw new FlagSyncException("PostHog rejected personal API key " + key + " for project " + settings.getProjectId(), status);
            }
            LOG.log(Level.WARNING, "Flag sync failed (HTTP " + status + ") using key " + settings.getPersonalApiKey(), e);
            return 0;
        }
    }

    public List<FlagDefinition> search(String term) {
        return em.createNamedQuery("FlagDefinition.search", FlagDefinition.class)
                .setParameter("term", "%" + term.toLowerCase() + "%")
                .getResultList();
    }

    public FlagDefinition toggle(String flagKey, boolean active) {
        FlagDefinition flag = em.createQuery("SELECT f FROM FlagDefinition f WHERE f.flagKey = :k", FlagDefinition.class)
                .setParameter("k", flagKey)
                .getSingleResult();
        flag.setActive(active);
        return flag;
    }
}
