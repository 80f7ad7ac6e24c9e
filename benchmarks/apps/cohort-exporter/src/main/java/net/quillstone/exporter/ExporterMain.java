package net.quillstone.exporter;

import net.quillstone.exporter.auth.OAuthTokenStore;
import net.quillstone.exporter.config.ExporterSettings;
import net.quillstone.exporter.export.CohortExporter;
import net.quillstone.exporter.export.ExportTelemetry;
import net.quillstone.exporter.http.PostHogApiClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * {@code cohort-exporter <exporter.properties> <cohortId>...}: writes each cohort's persons to CSV.
 */
public final class ExporterMain {

    private static final Logger log = LoggerFactory.getLogger(ExporterMain.class);

    private ExporterMain() {
    }

    public static void main(String[] args) throws Exception {
        Path configFile = Path.of(args.length > 0 ? args[0] : "exporter.properties");
        ExporterSettings settings = ExporterSettings.load(configFile);
        log.info("cohort-exporter starting: {}", settings);
        if (settings.personalApiKey().isEmpty() && settings.oauthClientSecret() == null) {
            log.error("No credentials: set {} or {}", ExporterSettings.PERSONAL_KEY_ENV, ExporterSettings.PERSONAL_KEY_PROPERTY);
            System.exit(2);
        }
        OAuthTokenStore tokens = new OAuthTokenStore(settings, Path.of(System.getProperty("user.home"), ".cohort-exporter", "oauth.properties"));
        PostHogApiClient client = new PostHogApiClient(settings, tokens);
        try (ExportTelemetry telemetry = new ExportTelemetry()) {
            if (!telemetry.exportsEnabled()) {
                log.warn("exports are switched off by the 'cohort-exports-enabled' flag");
                return;
            }
            CohortExporter exporter = new CohortExporter(client, settings, tokens, telemetry);
            for (int i = 1; i < args.length; i++) {
                exporter.export(Long.parseLong(args[i]));
            }
        }
    }
}
