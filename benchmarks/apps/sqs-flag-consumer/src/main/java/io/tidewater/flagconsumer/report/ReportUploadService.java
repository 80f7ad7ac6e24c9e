package io.tidewater.flagconsumer.report;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.awspring.cloud.s3.ObjectMetadata;
import io.awspring.cloud.s3.S3Template;
import io.tidewater.flagconsumer.posthog.FlagSnapshotService;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

@Service
public class ReportUploadService {

    private static final Logger log = LogManager.getLogger(ReportUploadService.class);

    public record ReportRequest(
            String reportId,
            String requestedBy,
            List<String> flagKeys,
            LocalDate from,
            LocalDate to,
            String callbackUrl,
            String callbackToken,
            DeliveryToken token) {

        public enum DeliveryToken {
            NONE,
            PRESIGNED_URL,
            CALLBACK_BEARER
        }
    }

    private final S3Template s3Template;
    private final FlagSnapshotService snapshots;
    private final RestClient slack;
    private final String bucket;
    private final Duration linkTtl;
    private final String slackChannel;
    private final String slackBotToken;
    private final String kmsSecretArn;

    public ReportUploadService(S3Template s3Template,
                               FlagSnapshotService snapshots,
                               RestClient.Builder restClientBuilder,
                               @Value("${flag-consumer.reports.bucket}") String bucket,
                               @Value("${flag-consumer.reports.link-ttl:PT30M}") Duration linkTtl,
                               @Value("${flag-consumer.slack.channel}") String slackChannel,
                               @Value("${slack.bot-token}") String slackBotToken,
                               @Value("${flag-consumer.reports.kms-secret-arn:}") String kmsSecretArn) {
        this.s3Template = s3Template;
        this.snapshots = snapshots;
        this.slack = restClientBuilder.baseUrl("https://slack.com/api").build();
        this.bucket = bucket;
        this.linkTtl = linkTtl;
        this.slackChannel = slackChannel;
        this.slackBotToken = slackBotToken;
        this.kmsSecretArn = kmsSecretArn;
    }

    public URL buildAndUpload(ReportRequest request) {
        byte[] csv = render(request);
        String key = "reports/%s/%s.csv".formatted(request.from(), request.reportId());
        ObjectMetadata metadata = ObjectMetadata.builder()
                .contentType("text/csv")
                .serverSideEncryption("aws:kms")
                .metadata("requested-by", request.requestedBy())
                .build();
        s3Template.upload(bucket, key, new ByteArrayInputStream(csv), metadata);
        log.info("Uploaded s3://{}/{} ({} bytes, encryption key from {})", bucket, key, csv.length, kmsSecretArn);

        URL link = s3Template.createSignedGetURL(bucket, key, linkTtl);
        notifySlack(request, link);
        return link;
    }

    private byte[] render(ReportRequest request) {
        StringBuilder out = new StringBuilder("flag_key,definition_active,rollout_percentage\n");
        List<Map<String, Object>> definitions = snapshots.cachedDefinitions();
        for (String flagKey : request.flagKeys()) {
            Map<String, Object> definition = definitions.stream()
                    .filter(d -> flagKey.equals(d.get("key")))
                    .findFirst()
                    .orElse(Map.of());
            out.append(flagKey).append(',')
                    .append(definition.getOrDefault("active", false)).append(',')
                    .append(definition.getOrDefault("rollout_percentage", "")).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void notifySlack(ReportRequest request, URL link) {
        log.debug("Posting report {} to {} with bot token {}", request.reportId(), slackChannel, slackBotToken);
        slack.post()
                .uri("/chat.postMessage")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + slackBotToken)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("channel", slackChannel,
                        "text", "Flag report " + request.reportId() + " is ready: " + link))
                .retrieve()
                .toBodilessEntity();
    }
}
