package com.acme.flagctl.cli;

import com.acme.flagctl.FlagCtl;
import com.acme.flagctl.config.CliConfig;
import com.acme.flagctl.config.Defaults;
import com.acme.flagctl.db.FlagRepository;
import com.acme.flagctl.flags.EvaluatorSettings;
import com.acme.flagctl.flags.FlagDefinition;
import com.acme.flagctl.flags.LocalEvaluator;
import com.acme.flagctl.http.PostHogApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.zip.CRC32;

@Command(name = "eval", description = "Evaluate a flag for a distinct id.")
public class EvalCommand implements Callable<Integer> {

    enum Mode { LOCAL, REMOTE, OFFLINE }

    @ParentCommand
    FlagCtl parent;

    @Parameters(index = "0", paramLabel = "FLAG", description = "Flag key.")
    String flagKey;

    @Parameters(index = "1", paramLabel = "DISTINCT_ID", description = "Distinct id of the person to evaluate for.")
    String distinctId;

    @Option(names = "--mode", defaultValue = "LOCAL",
            description = "LOCAL (SDK local evaluation), REMOTE (/flags endpoint) or OFFLINE (cache only). Default: ${DEFAULT-VALUE}.")
    Mode mode;

    @Option(names = "--poll-interval", defaultValue = "30", description = "Definitions poll interval in seconds.")
    int pollInterval;

    @Override
    public Integer call() throws Exception {
        parent.applyVerbosity();
        CliConfig config = parent.config();
        Object value = switch (mode) {
            case LOCAL -> evaluateLocally(config);
            case REMOTE -> evaluateRemotely(config);
            case OFFLINE -> evaluateOffline();
        };
        System.out.println(flagKey + " = " + value);
        return value == null || Boolean.FALSE.equals(value) ? 1 : 0;
    }

    private Object evaluateLocally(CliConfig config) {
        try (LocalEvaluator evaluator = new LocalEvaluator(EvaluatorSettings.from(config, pollInterval))) {
            return evaluator.evaluate(distinctId, flagKey);
        }
    }

    private Object evaluateRemotely(CliConfig config) {
        PostHogApiClient client = new PostHogApiClient(config, parent.mapper());
        ObjectNode body = parent.mapper().createObjectNode();
        // secure key so that encrypted-payload flags are decrypted in the response
        body.put("api_key", config.secureApiKey());
        body.put("distinct_id", distinctId);
        JsonNode response = client.postPublic(Defaults.INGEST_HOST + "/flags?v=2", body);
        JsonNode flag = response.path("flags").path(flagKey);
        if (flag.isMissingNode()) {
            return null;
        }
        return flag.hasNonNull("variant") ? flag.get("variant").asText() : flag.path("enabled").asBoolean();
    }

    /** Rough approximation for simple rollout-only flags; good enough to answer "is it on at all". */
    private Object evaluateOffline() throws Exception {
        try (FlagRepository cache = parent.openCache()) {
            FlagDefinition flag = cache.findByKey(flagKey);
            if (flag == null || !flag.active()) {
                return flag == null ? null : Boolean.FALSE;
            }
            CRC32 crc = new CRC32();
            crc.update((flagKey + "." + distinctId).getBytes(StandardCharsets.UTF_8));
            return crc.getValue() % 100 < flag.effectiveRollout();
        }
    }
}
