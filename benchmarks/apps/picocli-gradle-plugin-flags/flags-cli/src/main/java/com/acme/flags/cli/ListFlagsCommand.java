package com.acme.flags.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import com.acme.flags.common.FeatureFlag;
import com.acme.flags.common.KeyMasker;
import com.acme.flags.common.PostHogApiClient;
import com.acme.flags.common.PostHogApiException;
import com.acme.flags.common.PostHogCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List the feature flags of a project.")
public class ListFlagsCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ListFlagsCommand.class);

    @Mixin
    CredentialOptions credentialOptions;

    @Option(names = "--active-only", description = "Hide disabled flags.")
    boolean activeOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PostHogCredentials creds = credentialOptions.resolve();
        if (!creds.hasPersonalApiKey()) {
            throw new ParameterException(spec.commandLine(),
                    "No personal API key: pass --personal-api-key, set POSTHOG_PERSONAL_API_KEY"
                            + " or add personal_api_key to ~/.posthog/credentials");
        }
        LOG.info("Listing flags of project {} with key {}", creds.getProjectId(), KeyMasker.mask(creds.getPersonalApiKey()));

        PrintWriter out = spec.commandLine().getOut();
        try {
            List<FeatureFlag> flags = new PostHogApiClient(creds).listFeatureFlags();
            for (FeatureFlag flag : flags) {
                if (activeOnly && !flag.active()) {
                    continue;
                }
                out.printf("%-40s %-4s %3d%%%n", flag.key(), flag.active() ? "on" : "off", flag.rolloutPercentage());
            }
            return 0;
        } catch (PostHogApiException e) {
            LOG.error("Could not list feature flags", e);
            return 1;
        }
    }
}
