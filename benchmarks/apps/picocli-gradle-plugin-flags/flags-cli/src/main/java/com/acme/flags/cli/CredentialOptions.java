package com.acme.flags.cli;

import java.nio.file.Path;
import java.util.Map;

import com.acme.flags.common.CredentialsLoader;
import com.acme.flags.common.PostHogCredentials;
import picocli.CommandLine.Option;

/**
 * Credential options shared by every subcommand (used as a picocli mixin).
 */
public class CredentialOptions {

    @Option(names = "--personal-api-key",
            description = "PostHog personal API key (default: $POSTHOG_PERSONAL_API_KEY).",
            defaultValue = "${env:POSTHOG_PERSONAL_API_KEY}")
    String personalApiKey;

    @Option(names = "--project-id", description = "PostHog project id.")
    String projectId;

    @Option(names = "--host", description = "PostHog host, e.g. https://eu.i.posthog.com.")
    String host;

    @Option(names = "--credentials-file", description = "Credentials file (default: ~/.posthog/credentials).")
    Path credentialsFile;

    public PostHogCredentials resolve() {
        CredentialsLoader loader = credentialsFile != null
                ? new CredentialsLoader(credentialsFile) : new CredentialsLoader();
        PostHogCredentials loaded = loader.load(Map.of());
        if (personalApiKey == null && projectId == null && host == null) {
            return loaded;
        }
        return new PostHogCredentials(
                host != null ? host : loaded.getHost(),
                loaded.getProjectApiKey(),
                personalApiKey != null ? personalApiKey : loaded.getPersonalApiKey(),
                projectId != null ? projectId : loaded.getProjectId(),
                PostHogCredentials.Source.COMMAND_LINE);
    }
}
