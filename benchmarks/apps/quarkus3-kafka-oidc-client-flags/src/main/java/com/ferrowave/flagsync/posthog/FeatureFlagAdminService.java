package com.ferrowave.flagsync.posthog;

import com.ferrowave.flagsync.config.PostHogSettings;
import com.ferrowave.flagsync.support.KeyMasker;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;
import java.util.Map;

/**
 * Applies approved flag changes through the PostHog private API.
 */
@ApplicationScoped
public class FeatureFlagAdminService {

    @Inject
    PostHogSettings settings;

    @Inject
    @RestClient
    PostHogApi api;

    public Map<String, Object> setActive(long flagId, boolean active, String actor) {
        String bearer = bearer();
        Log.infof("PATCH flag %d active=%b for %s via PostHog admin API (%s)", flagId, active, actor, bearer);
        try {
            Map<String, Object> updated = api.updateFlag(bearer, settings.projectId(), flagId, Map.of("active", active));
            recordAudit(flagId, active, actor);
            return updated;
        } catch (WebApplicationException e) {
            throw new FlagAdminException(flagId,
                    "PostHog rejected update of flag " + flagId + " (status " + e.getResponse().getStatus()
                            + ") using credentials " + bearer, e);
        }
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> search(String term) {
        Log.debugf("Listing flags matching '%s' with key fingerprint %s",
                term, KeyMasker.sha256Fingerprint(settings.personalApiKey()));
        Map<String, Object> page = api.listFlags(bearer(), settings.projectId(), term);
        return (List<Map<String, Object>>) page.getOrDefault("results", List.of());
    }

    private void recordAudit(long flagId, boolean active, String actor) {
        String secureKey = settings.secureApiKey().orElseThrow();
        api.capture(new PostHogApi.CapturePayload(secureKey, "flag_toggled", actor,
                Map.of("flag_id", flagId, "active", active)));
    }

    private String bearer() {
        return "Bearer " + settings.personalApiKey();
    }
}
