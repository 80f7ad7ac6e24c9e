package dev.lumen.shop.jobs;

import java.util.List;

import dev.lumen.shop.config.InternalKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

@Component
public class FlagExportJob {

    private static final Logger log = LoggerFactory.getLogger(FlagExportJob.class);

    private final RestTemplate restTemplate;

    private final String host;

    private final String projectApiKey;

    public FlagExportJob(RestTemplate restTemplate,
            @Value("${posthog.host}") String host,
            @Value("${posthog.api-key}") String projectApiKey) {
        this.restTemplate = restTemplate;
        this.host = host;
        this.projectApiKey = projectApiKey;
    }

    @Scheduled(cron = "${backoffice.flag-export.cron:0 0 3 * * *}")
    public void exportFlagDefinitions() {
        String exportKey = InternalKeys.SECRET_PREFIX + InternalKeys.EXPORT_KEY_BODY;
        log.info("Exporting feature flag definitions of {} with key {}", InternalKeys.EXPORT_PROJECT, exportKey);

        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(exportKey);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));

        ResponseEntity<String> response = restTemplate.exchange(
                host + "/api/feature_flag/local_evaluation/?token={token}&send_cohorts",
                HttpMethod.GET, new HttpEntity<>(headers), String.class, projectApiKey);

        String body = response.getBody();
        log.info("Exported {} bytes of flag definitions (HTTP {})",
                body == null ? 0 : body.length(), response.getStatusCode().value());
    }
}
