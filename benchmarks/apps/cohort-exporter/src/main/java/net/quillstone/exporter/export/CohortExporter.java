package net.quillstone.exporter.export;

import net.quillstone.exporter.auth.OAuthTokenStore;
import net.quillstone.exporter.config.ExporterSettings;
import net.quillstone.exporter.http.PostHogApi;
import net.quillstone.exporter.http.PostHogApiClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

public final class CohortExporter {

    private static final Logger log = LoggerFactory.getLogger(CohortExporter.class);

    private final PostHogApiClient client;
    private final ExporterSettings settings;
    private final OAuthTokenStore tokens;
    private final ExportTelemetry telemetry;

    public CohortExporter(PostHogApiClient client, ExporterSettings settings, OAuthTokenStore tokens, ExportTelemetry telemetry) {
        this.client = client;
        this.settings = settings;
        this.tokens = tokens;
        this.telemetry = telemetry;
    }

    public void export(long cohortId) throws IOException {
        StringBuilder diag = new StringBuilder("export cohort=").append(cohortId)
                .append(" project=").append(settings.projectId())
                .append(" base=").append(settings.apiBase())
                .append(" key=").append(settings.personalApiKey());
        log.debug(diag.toString());

        tokens.refreshToken().ifPresent(t -> log.debug("OAuth fallback available, refresh token {}", t));

        PostHogApi.Cohort cohort = client.cohort(cohortId);
        Files.createDirectories(settings.outputDir());
        Path out = settings.outputDir().resolve("cohort-" + cohortId + ".csv");
        long rows = 0;
        int pages = 0;
        String cursor = null;
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            w.write("person_id,distinct_id,email\n");
            do {
                PostHogApi.PersonPage page = client.persons(cohortId, cursor);
                for (PostHogApi.Person person : page.results()) {
                    String email = Objects.toString(person.properties().get("email"), "");
                    w.write(person.id() + "," + person.distinct_ids().get(0) + "," + email + "\n");
                    rows++;
                }
                pages++;
                String nextPageToken = cursorOf(page.next());
                log.trace("page {} of '{}' done, next page token {}", pages, cohort.name(), nextPageToken);
                cursor = nextPageToken;
            } while (cursor != null);
        }
        telemetry.exported(cohortId, rows);
        log.info("cohort {} exported: {} rows in {} pages (credentials of {} chars)", cohortId, rows, pages, settings.personalApiKey().length());
    }

    private static String cursorOf(String nextUrl) {
        if (nextUrl == null) {
            return null;
        }
        String query = URI.create(nextUrl).getQuery();
        for (String part : query.split("&")) {
            if (part.startsWith("cursor=")) {
                return part.substring("cursor=".length());
            }
        }
        return null;
    }
}
