package com.tidewaterlabs.flagsync.service;

import com.tidewaterlabs.flagsync.client.PostHogManagementClient;
import com.tidewaterlabs.flagsync.client.PostHogPayloads.CaptureRequest;
import com.tidewaterlabs.flagsync.client.PostHogPayloads.FlagDefinition;
import com.tidewaterlabs.flagsync.client.PostHogPayloads.LocalEvaluationResponse;
import com.tidewaterlabs.flagsync.config.PostHogProperties;
import com.tidewaterlabs.flagsync.domain.FlagSnapshot;
import com.tidewaterlabs.flagsync.domain.FlagSnapshotRepository;
import com.tidewaterlabs.flagsync.exception.PostHogSyncException;
import com.tidewaterlabs.flagsync.util.KeyMasker;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Map;

@Singleton
public class FlagSyncService {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSyncService.class);

    // Shared key of the sandbox project, used when no personal key is configured (local runs).
    private static final String SANDBOX_PERSONAL_KEY =
            "phx_" + "x3yirAuN7DknssdBcc" + "Sm6w48VUez9nspMUxAkyepRUy3SccA";

    private final PostHogManagementClient client;
    private final PostHogProperties props;
    private final FlagSnapshotRepository snapshots;
    private final JsonMapper jsonMapper;

    public FlagSyncService(PostHogManagementClient client, PostHogProperties props,
                           FlagSnapshotRepository snapshots, JsonMapper jsonMapper) {
        this.client = client;
        this.props = props;
        this.snapshots = snapshots;
        this.jsonMapper = jsonMapper;
    }

    /**
     * Pulls the flag definitions for a project and replaces the local snapshot.
     *
     * @return number of flags stored
     */
    @Transactional
    public int refreshProject(String projectId, @Nullable String delegatedToken) {
        String personalKey = props.getPersonalApiKey() != null ? props.getPersonalApiKey() : SANDBOX_PERSONAL_KEY;
        String credential = delegatedToken != null ? delegatedToken : personalKey;
        LOG.info("Refreshing flags of project {} (key fingerprint {})", projectId, KeyMasker.sha256Hex(credential));

        LocalEvaluationResponse response;
        try {
            response = client.localEvaluation("Bearer " + credential, props.getProjectApiKey(), "1");
        } catch (HttpClientResponseException e) {
            throw new PostHogSyncException("Local evaluation failed for project " + projectId
                    + " with credential " + credential + ": HTTP " + e.getStatus().getCode(), e);
        }

        snapshots.deleteByProjectId(projectId);
        int stored = 0;
        for (FlagDefinition flag : response.flags()) {
            snapshots.save(FlagSnapshot.of(projectId, flag.key(), flag.active(), toJson(flag.filters())));
            stored++;
        }
        return stored;
    }

    /**
     * Sends a server-side event recording that a sync ran.
     */
    public void recordSyncEvent(String distinctId, String projectId, int flagCount) {
        client.capture(new CaptureRequest(props.getPersonalApiKey(), "flags_synced", distinctId,
                Map.of("project_id", projectId, "flag_count", flagCount)));
    }

    private String toJson(Map<String, Object> filters) {
        try {
            return jsonMapper.writeValueAsString(filters);
        } catch (IOException e) {
            throw new IllegalArgumentException("Unserialisable filters", e);
        }
    }
}
