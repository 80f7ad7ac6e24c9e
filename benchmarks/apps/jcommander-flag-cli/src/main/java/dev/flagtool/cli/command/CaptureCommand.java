package dev.flagtool.cli.command;

import com.beust.jcommander.Parameter;
import com.beust.jcommander.Parameters;
import com.posthog.server.PostHogInterface;
import dev.flagtool.cli.FlagToolMain;
import dev.flagtool.cli.config.ToolConfig;
import dev.flagtool.cli.posthog.PostHogClientFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

@Parameters(commandNames = "capture", commandDescription = "Send a single event, e.g. to trigger a cohort")
public class CaptureCommand implements FlagToolMain.Command {

    private static final Logger LOG = Logger.getLogger(CaptureCommand.class.getName());

    @Parameter(names = {"-e", "--event"}, required = true, description = "Event name")
    private String event;

    @Parameter(names = {"-d", "--distinct-id"}, required = true, description = "Distinct id")
    private String distinctId;

    @Parameter(names = {"-P", "--property"}, description = "Event property as key=value (repeatable)")
    private List<String> properties = new ArrayList<>();

    @Override
    public int run(ToolConfig config, boolean verbose) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (String p : properties) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                System.err.println("Ignoring malformed property: " + p);
                continue;
            }
            props.put(p.substring(0, eq), p.substring(eq + 1));
        }
        props.put("$lib_source", "flagtool-cli");

        PostHogInterface posthog = new PostHogClientFactory(config).forCapture();
        try {
            posthog.capture(distinctId, event, props);
            posthog.flush();
        } finally {
            posthog.close();
        }
        LOG.info("Captured '" + event + "' for " + distinctId + " with " + props.size() + " properties");
        return 0;
    }
}
