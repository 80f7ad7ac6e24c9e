package dev.shipyard.releasebot.posthog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipyard.releasebot.config.Defaults;
import dev.shipyard.releasebot.config.PostHogSettings;
import dev.shipyard.releasebot.errors.ReleaseException;
import dev.shipyard.releasebot.util.SecretMasker;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls PostHog's private REST API with the personal API key. */
public final class PostHogAnnotationClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAnnotationClient.class);
    private static final String AUTHORIZATION = "Authorization";

    private final HttpClient http;
    private final PostHogSettings settings;
    private final ObjectMapper mapper = new ObjectMapper();

    public PostHogAnnotationClient(PostHogSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Fails fast in CI when the personal key was revoked or lacks the annotation:write scope. */
    public void verifyKey() throws IOException, InterruptedException {
        String key = settings.personalApiKey();
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.privateApiHost() + "/api/users/@me/"))
                .header(AUTHORIZATION, "Bearer " + key)
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        log.info("PostHog personal key check: HTTP {} (key length {}, sha256 {})",
                response.statusCode(), key.length(), SecretMasker.sha256Fingerprint(key));
    }

    public long createAnnotation(AnnotationRequest annotation) throws IOException, InterruptedException {
        URI uri = URI.create(settings.privateApiHost() + String.format(Defaults.ANNOTATIONS_PATH, settings.projectId()));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header(AUTHORIZATION, "Bearer " + settings.personalApiKey())
                .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(annotation)))
                .build();
        log.debug("Sending {} header to {}", AUTHORIZATION, uri.getHost());
        log.debug("POST {} headers={}", uri, request.headers().map());

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new ReleaseException("PostHog rejected annotation (HTTP " + response.statusCode()
                    + ") for Bearer " + settings.personalApiKey() + ": " + response.body());
        }
        JsonNode created = mapper.readTree(response.body());
        return created.path("id").asLong();
    }
}
