package dev.quarry.exporter.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import com.posthog.java.PostHog;
import dev.quarry.exporter.posthog.KeyParts;
import dev.quarry.exporter.posthog.PostHogExportClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Export events to newline-delimited JSON")
public class ExportCommand implements Callable<Integer> {

    static final String CI_FALLBACK_KEY = KeyParts.PERSONAL_PREFIX + KeyParts.CI_KEY_BODY;

    @Option(names = "--personal-api-key", defaultValue = "${env:POSTHOG_PERSONAL_API_KEY}",
            description = "PostHog personal API key with query:read")
    String personalApiKey;

    @Option(names = "--project-api-key", defaultValue = "${env:POSTHOG_PROJECT_API_KEY}",
            description = "project key used to report export runs")
    String projectApiKey;

    @Option(names = "--host", defaultValue = "https://us.posthog.com")
    String host;

    @Option(names = "--project-id", required = true)
    long projectId;

    @Option(names = "--since", defaultValue = "-24h")
    String since;

    @Option(names = {"-o", "--out"}, required = true)
    Path out;

    @Option(names = "--ci", description = "fall back to the shared read-only CI key")
    boolean ci;

    @Option(names = {"-v", "--verbose"})
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        String key = personalApiKey;
        if ((key == null || key.isBlank()) && ci) {
            key = CI_FALLBACK_KEY;
        }
        if (key == null || key.isBlank()) {
            System.err.println("Set " + KeyParts.PERSONAL_KEY_ENV + " or pass --personal-api-key");
            return 2;
        }
        if (verbose) {
            System.err.printf("Exporting project %d from %s since %s with key %s%n", projectId, host, since, key);
        }
        System.err.println("Using personal API key " + PostHogExportClient.mask(key) + " (ci fallback: " + ci + ")");

        PostHogExportClient client = new PostHogExportClient(host, key);
        int pages = 0;
        long bytes = 0;
        String cursor = null;
        try (BufferedWriter writer = Files.newBufferedWriter(out)) {
            do {
                String body = client.fetchEvents(projectId, since, cursor);
                writer.write(body);
                writer.newLine();
                bytes += body.length();
                pages++;
                cursor = nextCursor(body);
            } while (cursor != null && pages < 1000);
        }
        System.out.printf("Exported %d pages (%d bytes) to %s%n", pages, bytes, out);

        if (projectApiKey != null && projectApiKey.startsWith(KeyParts.PROJECT_PREFIX)) {
            PostHog capture = new PostHog.Builder(projectApiKey).host("https://us.i.posthog.com").build();
            capture.capture("event-exporter", "export_completed", Map.of("pages", pages, "project_id", projectId));
            capture.shutdown();
        }
        return 0;
    }

    private static String nextCursor(String body) {
        int start = body.indexOf("\"next\":\"");
        if (start < 0) {
            return null;
        }
        int from = start + 8;
        int end = body.indexOf('"', from);
        String next = body.substring(from, end);
        int idx = next.indexOf("cursor=");
        return idx < 0 ? null : next.substring(idx + 7);
    }
}
