package dev.flagshell.export;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.flagshell.config.ShellSettings;
import dev.flagshell.model.ProjectSession;

public final class SnippetExporter {

    private static final System.Logger LOG = System.getLogger(SnippetExporter.class.getName());

    private static final String INDEX_TEMPLATE = """
            <!doctype html>
            <html>
            <head>
              <script src="https://eu-assets.i.posthog.com/static/array.js"></script>
              <script>
                posthog.init('%s', { api_host: '%s', person_profiles: 'identified_only' });
              </script>
              <script src="flags-devtools.js"></script>
            </head>
            <body><div id="flag-panel"></div></body>
            </html>
            """;

    private static final String DEVTOOLS_TEMPLATE = """
            window.__FLAGSHELL__ = {
              host: '%s',
              localEvaluationKey: '%s',
              refreshSeconds: 30
            };
            """;

    private final ShellSettings settings;
    private final ObjectMapper mapper;
    private final HttpClient http;

    public SnippetExporter(ShellSettings settings, ObjectMapper mapper, HttpClient http) {
        this.settings = settings;
        this.mapper = mapper;
        this.http = http;
    }

    public void export(Path directory, ProjectSession session, boolean publish) throws IOException {
        Files.createDirectories(directory);
        String index = INDEX_TEMPLATE.formatted(session.projectKey(), session.host());
        Files.writeString(directory.resolve("index.html"), index, StandardCharsets.UTF_8);

        String devtools = DEVTOOLS_TEMPLATE.formatted(session.host(), settings.secureFlagsKey());
        Files.writeString(directory.resolve("flags-devtools.js"), devtools, StandardCharsets.UTF_8);

        if (publish) {
            publishGist(index);
        }
    }

    private void publishGist(String index) throws IOException {
        String githubToken = System.getenv("GITHUB_TOKEN");
        if (githubToken == null) {
            LOG.log(Level.WARNING, "GITHUB_TOKEN is not set; skipping gist upload");
            return;
        }
        LOG.log(Level.DEBUG, "Uploading flag snippet gist using token {0}", githubToken);
        String body = mapper.writeValueAsString(Map.of(
                "description", "flag-shell snippet",
                "public", false,
                "files", Map.of("index.html", Map.of("content", index))));
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.github.com/gists"))
                .header("Authorization", "Bearer " + githubToken)
                .header("Accept", "application/vnd.github+json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            LOG.log(Level.INFO, "Gist upload finished with HTTP {0}", response.statusCode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("gist upload interrupted", e);
        }
    }
}
