package com.tidewater.flagctl.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.tidewater.flagctl.api.PostHogApiClient;
import com.tidewater.flagctl.api.RequestTracer;
import com.tidewater.flagctl.config.CliConfig;
import com.tidewater.flagctl.config.ConfigLoader;
import com.tidewater.flagctl.model.FeatureFlag;
import com.tidewater.flagctl.sdk.UsageTelemetry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List the feature flags of the configured project.")
public class ListFlagsCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(ListFlagsCommand.class.getName());

    @Mixin
    GlobalOptions global;

    @Option(names = "--json", description = "Print raw JSON instead of a table")
    boolean json;

    @Option(names = "--toggle", description = "Flip the 'active' state of the flag with this id")
    Integer toggleId;

    @Override
    public Integer call() throws Exception {
        long started = System.currentTimeMillis();
        CliConfig cfg = new ConfigLoader().load(global);
        PostHogApiClient api = new PostHogApiClient(cfg, new RequestTracer(global.verbose(), global.printCurl()));

        List<FeatureFlag> flags = api.listFlags();
        if (toggleId != null) {
            FeatureFlag target = flags.stream().filter(f -> f.id() == toggleId).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no flag with id " + toggleId));
            api.setActive(target.id(), !target.active());
            api.captureAudit(System.getProperty("user.name"), "feature_flag_toggled",
                    Map.of("flag_key", target.key(), "active", !target.active(), "source", "flagctl"));
            LOG.info("Toggled flag " + target.key() + " to active=" + !target.active());
        }

        if (json) {
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(flags));
        } else {
            System.out.printf("%-6s %-40s %-7s %s%n", "ID", "KEY", "ACTIVE", "ROLLOUT");
            for (FeatureFlag f : flags) {
                System.out.printf("%-6d %-40s %-7s %s%n", f.id(), f.key(), f.active(),
                        f.rolloutPercentage() == null ? "-" : f.rolloutPercentage() + "%");
            }
        }

        try (UsageTelemetry telemetry = new UsageTelemetry(cfg, global.verbose(), false)) {
            telemetry.commandRun("list", System.currentTimeMillis() - started);
        }
        return 0;
    }
}
