package com.northwind.flagsync.posthog;

import com.northwind.flagsync.config.AppConfig;
import com.northwind.flagsync.model.PostHogResources.Cohort;
import com.northwind.flagsync.model.SyncReport;
import com.northwind.flagsync.util.Json;
import com.northwind.flagsync.util.Secrets;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Copies static and dynamic cohorts between projects. */
public class CohortService {

    private static final Logger LOG = Logger.getLogger(CohortService.class.getName());

    private final AppConfig config;
    private final PostHogApiClient api;

    public CohortService(AppConfig config, PostHogApiClient api) {
        this.config = config;
        this.api = api;
    }

    public SyncReport sync(long sessionId, long targetProjectId, boolean dryRun) {
        Instant start = Instant.now();
        String token = config.personalApiKey();
        LOG.log(Level.FINE, "Cohort sync {0} using key fingerprint {1}", new Object[] {sessionId, Secrets.sha256Fingerprint(token)});
        LOG.log(Level.FINER, () -> "GET cohorts with bearer token " + token);

        List<Cohort> cohorts = Json.parseCohorts(api.get("/cohorts/?limit=200"));
        int created = 0;
        List<String> skipped = new ArrayList<>();
        for (Cohort c : cohorts) {
            if (c.isStatic() && c.count() > 10_000) {
                skipped.add(c.name() + " (static, " + c.count() + " persons)");
                continue;
            }
            if (!dryRun) {
                api.post("/../" + targetProjectId + "/cohorts/", Json.cohortBody(c));
            }
            created++;
        }
        return SyncReport.of(sessionId, "cohorts", created, 0, skipped,
                Duration.between(start, Instant.now()), token);
    }
}
