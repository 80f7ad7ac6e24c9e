package com.northwind.flagsync.worker;

import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.posthog.CohortExportClientFactory;
import com.northwind.flagsync.posthog.PostHogAdminClient;
import com.northwind.flagsync.posthog.PostHogApiException;
import com.northwind.flagsync.posthog.PostHogKeys;
import com.northwind.flagsync.posthog.PostHogKeys.KeyKind;
import com.northwind.flagsync.web.SyncStatusAssembler;
import com.posthog.server.PostHogInterface;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.spring.client.annotation.JobWorker;
import io.camunda.zeebe.spring.client.annotation.Variable;
import io.camunda.zeebe.spring.client.annotation.VariablesAsType;
import io.camunda.zeebe.spring.common.exception.ZeebeBpmnError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class FlagSyncWorker {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncWorker.class);

    private final PostHogAdminClient adminClient;
    private final PostHogInterface postHog;
    private final CohortExportClientFactory clientFactory;
    private final PostHogProperties properties;
    private final SyncStatusAssembler statusAssembler;

    public FlagSyncWorker(PostHogAdminClient adminClient,
                          PostHogInterface postHog,
                          CohortExportClientFactory clientFactory,
                          PostHogProperties properties,
                          SyncStatusAssembler statusAssembler) {
        this.adminClient = adminClient;
        this.postHog = postHog;
        this.clientFactory = clientFactory;
        this.properties = properties;
        this.statusAssembler = statusAssembler;
    }

    @JobWorker(type = "posthog.sync-flags")
    public Map<String, Object> syncFlags(final ActivatedJob job, @VariablesAsType FlagSyncRequest request) {
        log.info("Job {} picked up flag sync {}", job.getKey(), request);
        long sessionId = job.getProcessInstanceKey();
        log.debug("Sync session {} on element {}", sessionId, job.getElementId());

        List<String> updated = new ArrayList<>();
        try {
            List<Map<String, Object>> flags = adminClient.listFeatureFlags(request.getProjectId());
            for (Map<String, Object> flag : flags) {
                Object key = flag.get("key");
                if (!request.getFlagKeys().contains(String.valueOf(key))) {
                    continue;
                }
                Map<String, Object> patch = new HashMap<>();
                patch.put("active", true);
                if (request.getRolloutPercentage() != null) {
                    patch.put("rollout_percentage", request.getRolloutPercentage());
                }
                adminClient.patchFlag(request.getProjectId(), flag.get("id"), patch);
                updated.add(String.valueOf(key));
            }
        } catch (PostHogApiException e) {
            log.error("PostHog flag sync failed for job {}", job.getKey(), e);
            if (e.isAuthFailure()) {
                throw new ZeebeBpmnError("POSTHOG_AUTH_FAILED",
                        "PostHog API answered HTTP " + e.getStatus(), Map.of("syncStatus", "AUTH_FAILED"));
            }
            throw new IllegalStateException("PostHog flag sync failed with HTTP " + e.getStatus());
        }

        PostHogInterface capture = request.isSandbox() ? clientFactory.sandboxClient() : postHog;
        capture.capture(Objects.requireNonNullElse(request.getRequestedBy(), "flag-sync-worker"),
                "feature_flags_synced");
        statusAssembler.recordSync(updated.size());

        Map<String, Object> result = new HashMap<>();
        result.put("syncedFlags", updated);
        result.put("syncStatus", updated.isEmpty() ? "NOTHING_TO_DO" : "DONE");
        return result;
    }

    @JobWorker(type = "posthog.record-key-rotation")
    public Map<String, Object> recordKeyRotation(@Variable String projectId, @Variable Integer apiKeyVersion) {
        KeyKind apiKey = PostHogKeys.kindOf(properties.getPersonalApiKey());
        log.info("Project {} evaluates flags with a {} key", projectId, apiKey);
        log.info("Project {} moved to apiKeyVersion {}", projectId, apiKeyVersion);
        return Map.of("keyKind", apiKey.name(), "apiKeyVersion", apiKeyVersion);
    }
}
