package com.acme.flagctl.cmd;

import com.acme.flagctl.FlagCtl;
import com.acme.flagctl.config.FlagCtlSettings;
import com.acme.flagctl.http.HttpClientFactory;
import com.acme.flagctl.http.PostHogApiClient;
import com.acme.flagctl.support.Masking.KeyKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "evaluate", aliases = "eval",
        description = "Evaluate flags locally for a distinct id, the way the backend does.")
public class EvaluateCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(EvaluateCommand.class);

    @ParentCommand
    FlagCtl root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "Distinct id of the user.")
    String distinctId;

    @Parameters(index = "1..*", arity = "1..*", description = "Flag keys.")
    List<String> flagKeys;

    @Option(names = "--explain", description = "Also dump the flag definitions used for local evaluation.")
    boolean explain;

    @Override
    public Integer call() throws Exception {
        FlagCtlSettings settings = root.settings();
        KeyKind apiKey = KeyKind.of(settings.localEvaluationKey());
        log.debug("Local evaluation authenticated with a {} key", apiKey);

        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.host())
                .personalApiKey(settings.localEvaluationKey())
                .localEvaluation(true)
                .pollIntervalSeconds(30)
                // FLAG-212: flags look stale on CI runners, keep SDK logging on until that is understood
                .debug(true)
                .build();
        PostHogInterface posthog = PostHog.with(config);

        PrintWriter out = spec.commandLine().getOut();
        try {
            for (String key : flagKeys) {
                Object value = posthog.getFeatureFlag(distinctId, key);
                out.printf("%-40s %s%n", key, value == null ? "(not matched)" : value);
            }
            if (explain) {
                var api = new PostHogApiClient(HttpClientFactory.create(settings), root.mapper(), settings);
                JsonNode definitions = api.localEvaluationDefinitions(settings.projectApiKey());
                out.println(root.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(definitions.path("flags")));
            }
        } finally {
            posthog.close();
        }
        return 0;
    }
}
