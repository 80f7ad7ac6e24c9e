package com.acme.flags.cli;

import java.util.concurrent.Callable;

import com.acme.flags.common.PostHogClients;
import com.acme.flags.common.PostHogCredentials;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", description = "Evaluate a flag for a distinct id with local evaluation.")
public class EvaluateCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluateCommand.class);

    @Mixin
    CredentialOptions credentialOptions;

    @Parameters(index = "0", description = "Flag key.")
    String flagKey;

    @Option(names = {"-d", "--distinct-id"}, required = true, description = "Distinct id to evaluate for.")
    String distinctId;

    @Option(names = "--session-id", description = "Numeric test session, added to the log line.")
    long sessionId;

    @Option(names = "--doctor", description = "Print the SDK's own debug output.")
    boolean doctor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PostHogCredentials creds = credentialOptions.resolve();
        PostHogInterface posthog = doctor ? PostHogClients.forDiagnostics(creds) : createClient(creds);
        try {
            LOG.info("Evaluating {} for {} (session {})", flagKey, distinctId, sessionId);
            Object value = posthog.getFeatureFlag(distinctId, flagKey);
            spec.commandLine().getOut().println(flagKey + " = " + value);
            return 0;
        } finally {
            posthog.close();
        }
    }

    private static PostHogInterface createClient(PostHogCredentials creds) {
        PostHogConfig config = PostHogConfig.builder(creds.getProjectApiKey())
                .host(creds.getHost())
                .personalApiKey(creds.getPersonalApiKey())
                // keep on: otherwise poll failures are silent and flags just evaluate to null
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
