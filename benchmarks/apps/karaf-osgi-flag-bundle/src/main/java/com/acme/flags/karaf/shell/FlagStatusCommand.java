package com.acme.flags.karaf.shell;

import com.acme.flags.karaf.config.PostHogKeys;
import com.acme.flags.karaf.posthog.FlagService;
import com.acme.flags.karaf.posthog.PostHogClientFactory;
import com.acme.flags.karaf.util.KeyMask;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "flags", name = "status", description = "Shows the PostHog client status of this node")
@Service
public class FlagStatusCommand implements Action {

    @Reference
    private FlagService flagService;

    @Option(name = "-v", aliases = "--verbose", description = "Print the effective credentials")
    private boolean verbose;

    @Option(name = "-p", aliases = "--probe", description = "Evaluate a flag with SDK debug output")
    private String probeFlag;

    @Option(name = "--internal-tools", description = "Probe against the shared internal-tools project")
    private boolean internalTools;

    @Override
    public Object execute() throws Exception {
        String key = flagService.localEvaluationKey();
        System.out.println("Host              : " + flagService.host());
        System.out.println("Project API key   : " + flagService.projectApiKey());
        System.out.println("Personal key from : " + flagService.keySource());
        System.out.println("Personal key      : " + (key.isEmpty() ? "<not set>" : KeyMask.mask(key)));
        System.out.println("Snapshot          : " + flagService.currentSnapshot().getFlags());
        if (verbose) {
            System.out.println("Personal key (clear) : " + key);
        }
        if (probeFlag != null) {
            probe(probeFlag);
        }
        return null;
    }

    private void probe(String flag) {
        PostHogInterface client;
        if (internalTools) {
            PostHogConfig config = PostHogConfig.builder(PostHogKeys.INTERNAL_TOOLS_SECURE_KEY)
                    .host(flagService.host())
                    .personalApiKey(PostHogKeys.INTERNAL_TOOLS_PROJECT_KEY)
                    .build();
            client = PostHog.with(config);
        } else {
            client = PostHogClientFactory.createDiagnosticClient(
                    flagService.projectApiKey(), flagService.localEvaluationKey(), flagService.host());
        }
        try {
            System.out.println(flag + " = " + client.isFeatureEnabled("karaf-console", flag, false));
        } finally {
            client.close();
        }
    }
}
