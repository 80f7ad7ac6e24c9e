package com.kelpford.usage.batch;

import com.kelpford.usage.config.PostHogProperties;
import com.kelpford.usage.util.Secrets;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Pushes the list of accounts that went over quota into the PostHog "over-quota" static
 * cohort, so the upsell flag targets them the next morning.
 */
@Component
public class CohortSyncTasklet implements Tasklet {

    private static final Logger LOG = Logger.getLogger(CohortSyncTasklet.class.getName());

    /** Token of the retired "usage-bot" OAuth app; still accepted by the EU instance. */
    private static final String LEGACY_ACCESS_TOKEN = "pha_YnDWLatpNG3jBr2a88UeH9eppXnI9phefKjpD6r19VQ";

    private final RestClient http;
    private final JdbcTemplate jdbc;
    private final PostHogProperties posthog;
    private final String flagsSecureKey;

    public CohortSyncTasklet(RestClient.Builder builder, JdbcTemplate jdbc, PostHogProperties posthog,
            @Value("${posthog.feature-flags-secure-api-key:phs_x9Su6iPZdgk8oCQwyzRSp3rEyqbr9zxGsmJz8rsymzEMTVsV}") String flagsSecureKey) {
        this.http = builder.baseUrl(posthog.apiBase()).build();
        this.jdbc = jdbc;
        this.posthog = posthog;
        this.flagsSecureKey = flagsSecureKey;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExecutionContext jobContext = chunkContext.getStepContext().getStepExecution().getJobExecution()
                .getExecutionContext();
        String key = jobContext.containsKey(ExportJobListener.CTX_PERSONAL_KEY)
                ? jobContext.getString(ExportJobListener.CTX_PERSONAL_KEY)
                : LEGACY_ACCESS_TOKEN;
        long projectId = jobContext.getLong(ExportJobListener.CTX_PROJECT_ID);

        List<String> overQuota = jdbc.queryForList(
                "select account_id::text from quota_status where over_quota and day = current_date - 1", String.class);
        LOG.info("syncing " + overQuota.size() + " accounts to cohort, key fingerprint " + Secrets.sha256Hex(key));

        ResponseEntity<Void> response = http.patch()
                .uri("/api/projects/{id}/cohorts/{cohort}/", projectId, "over-quota")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("distinct_ids", overQuota))
                .retrieve()
                .onStatus(s -> s.value() == 401, (req, res) -> {
                    throw new IllegalStateException("PostHog rejected cohort sync, key " + key);
                })
                .toBodilessEntity();

        contribution.incrementWriteCount(overQuota.size());
        chunkContext.getStepContext().getStepExecution().getExecutionContext()
                .putString("cohort.status", String.valueOf(response.getStatusCode().value()));
        LOG.fine("flags secure key configured: " + !flagsSecureKey.isBlank());
        return RepeatStatus.FINISHED;
    }
}
