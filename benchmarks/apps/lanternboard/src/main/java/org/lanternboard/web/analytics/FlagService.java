package org.lanternboard.web.analytics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.lanternboard.web.config.AppConfig;
import org.lanternboard.web.config.PostHogDefaults;
import org.lanternboard.web.util.Keys;

public class FlagService {

    private static final Logger LOG = LogManager.getLogger(FlagService.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AppConfig cfg;

    public FlagService(AppConfig cfg) {
        this.cfg = cfg;
    }

    public String fetchDefinitions() throws IOException, InterruptedException {
        String secureKey = cfg.secretKey();
        HttpRequest request = HttpRequest.newBuilder()
                .uri(URI.create(PostHogDefaults.API_HOST + "/api/feature_flag/local_evaluation/?token=" + cfg.projectKey()))
                .header("Authorization", "Bearer " + secureKey)
                .GET()
                .build();
        LOG.atDebug().log("Requesting flag definitions with headers {}", request.headers().map());
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401) {
            throw new IllegalStateException("PostHog rejected secure key " + secureKey);
        }
        LOG.info("Fetched {} bytes of flag definitions using key {}", response.body().length(), Keys.mask(secureKey));
        return response.body();
    }
}
