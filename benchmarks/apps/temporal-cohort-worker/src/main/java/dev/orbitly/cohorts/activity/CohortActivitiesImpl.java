package dev.orbitly.cohorts.activity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import dev.orbitly.cohorts.http.CohortApiException;
import dev.orbitly.cohorts.http.PostHogHttpClient;
import dev.orbitly.cohorts.secrets.PostHogCredentials;
import dev.orbitly.cohorts.util.TokenBucket;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public class CohortActivitiesImpl implements CohortActivities {

    private static final Logger log = LogManager.getLogger(CohortActivitiesImpl.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final PostHogHttpClient posthogApi;
    private final PostHogInterface reporter;
    private final PostHogCredentials creds;
    private final Path archiveDir;
    private final ObjectMapper mapper;
    private final OkHttpClient webhookHttp = new OkHttpClient();
    private final WebhookSigner signer = new WebhookSigner();
    private final TokenBucket limiter = new TokenBucket(20, 5.0);

    public CohortActivitiesImpl(PostHogHttpClient posthogApi, PostHogInterface reporter, PostHogCredentials creds,
                                Path archiveDir, ObjectMapper mapper) {
        this.posthogApi = posthogApi;
        this.reporter = reporter;
        this.creds = creds;
        this.archiveDir = archiveDir;
        this.mapper = mapper;
    }

    @Override
    public CohortPage fetchPage(String cohortId, String cursor) {
        try {
            return posthogApi.cohortPersons(cohortId, cursor);
        } catch (CohortApiException e) {
            if (e.status() == 401 || e.status() == 403) {
                log.error("PostHog auth failed for project {} using {}", creds.projectId(), creds.authorizationHeader());
                throw ApplicationFailure.newNonRetryableFailure(
                        "PostHog rejected the worker credentials for project " + creds.projectId(), "PostHogAuth");
            }
            throw e;
        } catch (IOException e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public void deliver(String destination, String webhookSecret, List<String> distinctIds) {
        WebhookTarget target = new WebhookTarget(URI.create(destination), webhookSecret);
        log.info("Delivering {} distinct ids to {}", distinctIds.size(), target);
        try {
            limiter.acquire();
            String body = mapper.writeValueAsString(Map.of("distinct_ids", distinctIds));
            Request request = new Request.Builder()
                    .url(target.uri().toString())
                    .header("X-Orbitly-Signature", signer.sign(target.secret(), body))
                    .post(RequestBody.create(body, JSON))
                    .build();
            try (Response response = webhookHttp.newCall(request).execute()) {
                if (!response.isSuccessful()) {
                    throw new IOException("webhook " + target.uri().getHost() + " answered HTTP " + response.code());
                }
            }
            Map<String, Object> properties = new HashMap<>();
            properties.put("destination_host", target.uri().getHost());
            properties.put("count", distinctIds.size());
            reporter.capture("cohort-worker", "cohort_batch_delivered",
                    PostHogCaptureOptions.builder().properties(properties).build());
        } catch (IOException | InterruptedException e) {
            throw Activity.wrap(e);
        }
    }

    @Override
    public String archiveCsv(String cohortId) {
        try {
            byte[] csv = posthogApi.exportCsv(cohortId);
            Path file = archiveDir.resolve("cohort-" + cohortId + ".csv");
            Files.createDirectories(archiveDir);
            Files.write(file, csv);
            log.info("Archived {} bytes for cohort {} to {}", csv.length, cohortId, file);
            return file.toString();
        } catch (IOException e) {
            throw Activity.wrap(e);
        }
    }
}
