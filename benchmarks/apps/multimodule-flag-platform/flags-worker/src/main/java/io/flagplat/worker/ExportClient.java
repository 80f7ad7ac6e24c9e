package io.flagplat.worker;

import io.flagplat.common.config.PostHogDefaults;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class ExportClient {

    private static final Logger log = LoggerFactory.getLogger(ExportClient.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String appHost;
    private final String projectId;

    public ExportClient(String appHost, String projectId) {
        this.appHost = appHost;
        this.projectId = projectId;
    }

    public void exportQuietly() {
        try {
            String body = exportFlagActivity();
            if (body != null) {
                Files.writeString(Path.of("exports", "flag-activity-" + LocalDate.now() + ".json"), body);
            }
        } catch (IOException e) {
            log.warn("Flag activity export failed: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String exportFlagActivity() throws IOException, InterruptedException {
        String accessToken = System.getenv().getOrDefault("POSTHOG_OAUTH_ACCESS_TOKEN", PostHogDefaults.EXPORT_ACCESS_TOKEN);
        HttpRequest request = HttpRequest.newBuilder(URI.create(appHost + "/api/projects/" + projectId + "/feature_flags/activity/"))
                .header("Authorization", "Bearer " + accessToken)
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401) {
            log.warn("PostHog rejected export token {} for project {}", accessToken, projectId);
            return null;
        }
        return response.body();
    }
}
