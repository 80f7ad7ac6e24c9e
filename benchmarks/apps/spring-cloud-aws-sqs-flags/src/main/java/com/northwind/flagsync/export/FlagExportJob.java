package com.northwind.flagsync.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flagsync.filter.FlagFilterParser;
import com.northwind.flagsync.posthog.FlagEvaluationService;
import com.northwind.flagsync.posthog.FlagSnapshot;
import com.northwind.flagsync.posthog.PostHogAdminClient;
import com.northwind.flagsync.posthog.PostHogApiException;
import io.awspring.cloud.s3.ObjectMetadata;
import io.awspring.cloud.s3.S3Resource;
import io.awspring.cloud.s3.S3Template;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class FlagExportJob {

    private static final Logger log = LoggerFactory.getLogger(FlagExportJob.class);
    private static final DateTimeFormatter KEY_FORMAT =
            DateTimeFormatter.ofPattern("yyyy/MM/dd/HHmmss").withZone(ZoneOffset.UTC);

    private final PostHogAdminClient adminClient;
    private final FlagEvaluationService evaluationService;
    private final S3Template s3Template;
    private final ObjectMapper objectMapper;
    private final String bucket;
    private final String prefix;
    private final List<FlagFilterParser.Comparison> filter;

    private final AtomicLong sessions = new AtomicLong();
    private final AtomicReference<Instant> lastSuccessfulExport = new AtomicReference<>();

    public FlagExportJob(PostHogAdminClient adminClient,
                         FlagEvaluationService evaluationService,
                         S3Template s3Template,
                         ObjectMapper objectMapper,
                         @Value("${app.export.bucket}") String bucket,
                         @Value("${app.export.prefix:snapshots/}") String prefix,
                         @Value("${app.export.filter:}") String filterExpression) {
        this.adminClient = adminClient;
        this.evaluationService = evaluationService;
        this.s3Template = s3Template;
        this.objectMapper = objectMapper;
        this.bucket = bucket;
        this.prefix = prefix;
        this.filter = FlagFilterParser.parse(filterExpression);
    }

    @Scheduled(cron = "${app.export.cron}", zone = "UTC")
    public void exportSnapshots() {
        long sessionId = sessions.incrementAndGet();
        log.info("Flag export session {} started (bucket={})", sessionId, bucket);
        try {
            StringBuilder ndjson = new StringBuilder();
            int exported = 0;
            for (JsonNode definition : adminClient.listFeatureFlags()) {
                Map<String, Object> attributes = Map.of(
                        "key", definition.path("key").asText(),
                        "active", definition.path("active").asBoolean());
                if (!FlagFilterParser.matches(filter, attributes)) {
                    continue;
                }
                FlagSnapshot snapshot = evaluationService.snapshot(definition);
                ndjson.append(objectMapper.writeValueAsString(snapshot)).append('\n');
                exported++;
            }

            Instant now = Instant.now();
            String objectKey = prefix + KEY_FORMAT.format(now) + ".ndjson";
            byte[] body = ndjson.toString().getBytes(StandardCharsets.UTF_8);
            S3Resource resource = s3Template.upload(bucket, objectKey, new ByteArrayInputStream(body),
                    ObjectMetadata.builder().contentType("application/x-ndjson").build());

            lastSuccessfulExport.set(now);
            adminClient.annotateExport(objectKey, now);
            log.info("Flag export session {} wrote {} flags to {}", sessionId, exported, resource.getURL());
        } catch (PostHogApiException e) {
            log.error("Flag export session {} failed talking to PostHog (status {})", sessionId, e.getStatus(), e);
        } catch (JsonProcessingException e) {
            log.error("Flag export session {} could not serialise a snapshot", sessionId, e);
        } catch (java.io.IOException e) {
            log.error("Flag export session {} could not upload to s3://{}/{}", sessionId, bucket, prefix, e);
        }
    }

    public Instant lastSuccessfulExport() {
        return lastSuccessfulExport.get();
    }
}
