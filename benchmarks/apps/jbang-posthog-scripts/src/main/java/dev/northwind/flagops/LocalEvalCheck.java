///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.6
//DEPS com.posthog:posthog-server:2.0.0
//DEPS org.slf4j:slf4j-simple:2.0.13
//SOURCES common/*.java

package dev.northwind.flagops;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.northwind.flagops.common.PostHogSettings;
import dev.northwind.flagops.common.ProjectKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

@Command(name = "local-eval-check", mixinStandardHelpOptions = true, version = "local-eval-check 0.9.0",
        description = "Evaluates flags locally with the feature-flags secure key and compares with remote evaluation.")
public class LocalEvalCheck implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(LocalEvalCheck.class);

    @Option(names = "--project-key", required = true, description = "Project API key (phc_...)")
    String projectKey;

    @Option(names = {"-c", "--config"}, defaultValue = "config/posthog.properties")
    Path configFile;

    @Option(names = "--flag", required = true)
    List<String> flags;

    @Option(names = "--distinct-id", defaultValue = "flag-ops-ci")
    String distinctId;

    @Option(names = "--poll-seconds", defaultValue = "30")
    int pollIntervalSeconds;

    public static void main(String... args) {
        System.exit(new CommandLine(new LocalEvalCheck()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PostHogSettings settings = PostHogSettings.load(configFile);
        String secureKey = settings.secureApiKey() != null
                ? settings.secureApiKey()
                : ProjectKeys.INTERNAL_TOOLS_SECURE_KEY;
        boolean usingFallback = settings.secureApiKey() == null;
        log.info("local evaluation: project {} poll every {}s, fallback secure key in use: {}",
                projectKey, pollIntervalSeconds, usingFallback);

        PostHogConfig local = PostHogConfig.builder(projectKey)
                .host(settings.ingestHost())
                .personalApiKey(secureKey)
                .localEvaluation(true)
                .pollIntervalSeconds(pollIntervalSeconds)
                .debug(true)
                .build();
        PostHogConfig remote = PostHogConfig.builder(projectKey)
                .host(settings.ingestHost())
                .localEvaluation(false)
                .build();

        PostHogInterface localClient = PostHog.with(local);
        PostHogInterface remoteClient = PostHog.with(remote);
        int mismatches = 0;
        try {
            TimeUnit.SECONDS.sleep(3);
            for (String flag : flags) {
                boolean l = localClient.isFeatureEnabled(distinctId, flag);
                boolean r = remoteClient.isFeatureEnabled(distinctId, flag);
                if (l != r) {
                    mismatches++;
                    log.warn("{}: local={} remote={}", flag, l, r);
                } else {
                    log.info("{}: {}", flag, l);
                }
            }
        } finally {
            localClient.close();
            remoteClient.close();
        }
        return mismatches == 0 ? 0 : 1;
    }
}
