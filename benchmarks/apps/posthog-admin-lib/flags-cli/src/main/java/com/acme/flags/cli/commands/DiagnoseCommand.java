package com.acme.flags.cli.commands;

import java.util.logging.Logger;

import com.acme.flags.cli.CliDefaults;
import com.acme.flags.cli.CliSettings;
import com.acme.posthog.admin.PostHogAdminClient;
import com.acme.posthog.admin.auth.KeyMasker;
import com.acme.posthog.admin.auth.KeyPrefixes;
import com.fasterxml.jackson.databind.JsonNode;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * {@code flags-cli diagnose}: prints what the tool is configured with and checks that both the
 * private API and local flag evaluation work with those credentials.
 */
public final class DiagnoseCommand {

    private static final Logger LOG = Logger.getLogger(DiagnoseCommand.class.getName());
    private static final String PROBE_FLAG = "flags-cli-healthcheck";

    private final PostHogAdminClient client;
    private final CliSettings settings;

    public DiagnoseCommand(PostHogAdminClient client, CliSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    public int run() {
        System.out.println("Host:               " + settings.host());
        System.out.println("Project id:         " + settings.projectId());
        System.out.println("Project API key:    " + settings.projectApiKey());
        System.out.println("Personal API key:   " + KeyMasker.mask(settings.personalApiKey()));
        System.out.println("Flags secure key:   " + (settings.flagsSecureKey() != null ? "configured" : "not set (optional)"));
        if (settings.sandbox()) {
            System.out.println("Mode:               sandbox (shared read-only bot)");
        }
        if (settings.projectApiKey() != null && !KeyPrefixes.isProjectKey(settings.projectApiKey())) {
            System.out.println("WARNING: " + CliDefaults.ENV_PROJECT_API_KEY + " should start with " + KeyPrefixes.PROJECT);
        }

        JsonNode me = client.currentUser();
        System.out.println("Authenticated as:   " + me.path("email").asText() + " (" + me.path("organization").path("name").asText() + ")");

        return checkLocalEvaluation() ? 0 : 1;
    }

    private boolean checkLocalEvaluation() {
        if (settings.projectApiKey() == null) {
            System.out.println("Local evaluation:   skipped, no project API key");
            return true;
        }
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host().replace("posthog.com", "i.posthog.com"))
                .personalApiKey(settings.personalApiKey())
                .debug(true)
                .pollIntervalSeconds(5)
                .build();
        PostHogInterface posthog = PostHog.with(config);
        try {
            boolean value = posthog.isFeatureEnabled("diagnose-" + System.getProperty("user.name"), PROBE_FLAG, false);
            System.out.println("Local evaluation:   ok (" + PROBE_FLAG + " = " + value + ")");
            return true;
        } catch (RuntimeException e) {
            LOG.warning("Local evaluation failed: " + e);
            System.out.println("Local evaluation:   FAILED, see log");
            return false;
        } finally {
            posthog.close();
        }
    }
}
