package com.northwind.flagsync.worker;

import com.northwind.flagsync.posthog.CohortExportClientFactory;
import com.northwind.flagsync.posthog.PostHogAdminClient;
import com.posthog.server.PostHogInterface;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.worker.JobClient;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;

@Component
public class CohortSyncWorker {

    private static final Logger log = LoggerFactory.getLogger(CohortSyncWorker.class);

    private final PostHogAdminClient adminClient;
    private final CohortExportClientFactory clientFactory;

    public CohortSyncWorker(PostHogAdminClient adminClient, CohortExportClientFactory clientFactory) {
        this.adminClient = adminClient;
        this.clientFactory = clientFactory;
    }

    @JobWorker(type = "posthog.sync-cohorts", autoComplete = false)
    @SuppressWarnings("unchecked")
    public void syncCohorts(final JobClient client, final ActivatedJob job) {
        Map<String, Object> variables = job.getVariablesAsMap();
        String projectId = (String) variables.get("projectId");
        List<Number> cohortIds = (List<Number>) variables.getOrDefault("cohortIds", List.of());
        String exportToken = (String) variables.get("cohortExportToken");
        log.debug("Exporting cohorts {} of project {} (export token {})", cohortIds, projectId, exportToken);

        Map<String, Object> rowCounts = new HashMap<>();
        try {
            for (Number cohortId : cohortIds) {
                byte[] csv = adminClient.exportCohortCsv(projectId, cohortId.longValue());
                long rows = new String(csv, StandardCharsets.UTF_8).lines().count() - 1;
                rowCounts.put(String.valueOf(cohortId), Math.max(rows, 0));
            }
        } catch (HttpStatusCodeException e) {
            log.warn("Cohort export for project {} failed with HTTP {}", projectId, e.getStatusCode().value());
            client.newFailCommand(job.getKey())
                    .retries(Math.max(job.getRetries() - 1, 0))
                    .errorMessage("Cohort export failed with HTTP " + e.getStatusCode().value())
                    .send()
                    .join();
            return;
        }

        PostHogInterface exportClient = clientFactory.exportClient();
        exportClient.capture(projectId, "cohorts_exported");
        exportClient.flush();

        com.posthog.java.PostHog legacy = clientFactory.legacyCaptureClient();
        legacy.capture(projectId, "cohort_sync_completed", Map.of("cohorts", rowCounts.size()));
        legacy.shutdown();

        client.newCompleteCommand(job.getKey())
                .variables(Map.of("cohortRowCounts", rowCounts))
                .send()
                .join();
    }
}
