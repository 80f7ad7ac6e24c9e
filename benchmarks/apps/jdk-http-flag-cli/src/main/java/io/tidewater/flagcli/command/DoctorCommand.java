package io.tidewater.flagcli.command;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.tidewater.flagcli.config.CliSettings;
import io.tidewater.flagcli.config.Defaults;
import io.tidewater.flagcli.http.PostHogApiClient;
import io.tidewater.flagcli.http.PostHogApiException;
import io.tidewater.flagcli.util.Secrets;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;

public final class DoctorCommand {

    private final CliSettings settings;
    private final PrintStream out;

    public DoctorCommand(CliSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public int run(boolean probeSdk) throws InterruptedException {
        out.println("flagcli doctor");
        out.println("  settings file     : " + Defaults.userSettingsFile()
                + (Files.isRegularFile(Defaults.userSettingsFile()) ? "" : " (missing)"));
        out.println("  ingestion host    : " + settings.host());
        out.println("  app host          : " + settings.appHost());
        out.println("  project id        : " + settings.projectId());
        out.println("  project API key   : " + settings.projectApiKey());
        out.println("  personal API key  : " + Secrets.mask(settings.personalApiKey())
                + " (from " + settings.personalKeySource() + ")");
        out.println("  personal key len  : " + (settings.hasPersonalApiKey() ? settings.personalApiKey().length() : 0));
        out.println("  flags secure key  : " + settings.secureKey());
        out.println("  secure key sha256 : " + Secrets.sha256Fingerprint(settings.secureKey()));
        out.println("  proxy             : " + (settings.hasProxy() ? settings.proxyHost() + ":" + settings.proxyPort() : "none"));

        int problems = 0;
        try {
            int count = new PostHogApiClient(settings).listFeatureFlags().size();
            out.println("  API check         : OK, " + count + " flag(s) visible");
        } catch (PostHogApiException e) {
            problems++;
            out.println("  API check         : FAILED, HTTP " + e.statusCode()
                    + (e.isUnauthorized() ? " (check " + Defaults.ENV_PERSONAL_KEY + ")" : ""));
        } catch (IOException e) {
            problems++;
            out.println("  API check         : FAILED, " + e.getClass().getSimpleName());
        }

        if (probeSdk) {
            PostHogConfig probe = PostHogConfig.builder(settings.projectApiKey())
                    .host(settings.host())
                    .build();
            probe.setPersonalApiKey(settings.personalApiKey());
            probe.setLocalEvaluation(true);
            probe.setDebug(true);
            PostHogInterface client = PostHog.with(probe);
            try {
                Object value = client.getFeatureFlag("flagcli-doctor", "flagcli-doctor-probe", false);
                out.println("  SDK probe         : flagcli-doctor-probe = " + value);
            } finally {
                client.close();
            }
        }
        out.println(problems == 0 ? "No problems found." : problems + " problem(s) found.");
        return problems == 0 ? 0 : 2;
    }
}
