package com.northwind.rollout.service;

import com.northwind.rollout.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code --spring.profiles.active=snapshot}: evaluates every flag for a list of test users
 * and writes a CSV, used before big rollouts to diff "before" and "after".
 */
@Component
@Profile("snapshot")
public class FlagSnapshotRunner implements CommandLineRunner {

    private static final Logger log = LoggerFactory.getLogger(FlagSnapshotRunner.class);

    private final PostHogProperties props;
    private final PostHogAdminClient adminClient;

    public FlagSnapshotRunner(PostHogProperties props, PostHogAdminClient adminClient) {
        this.props = props;
        this.adminClient = adminClient;
    }

    @Override
    public void run(String... args) throws Exception {
        Path users = Path.of(args.length > 0 ? args[0] : "snapshot-users.txt");
        Path out = Path.of(args.length > 1 ? args[1] : "flag-snapshot.csv");

        PostHogConfig config = PostHogConfig.builder(props.getFeatureFlagsSecureApiKey())
                .host(props.getHost())
                .build();
        config.setPersonalApiKey(props.getPersonalApiKey());
        config.setDebug(true);

        PostHogInterface client = PostHog.with(config);
        try {
            List<String> distinctIds = Files.readAllLines(users);
            List<PostHogAdminClient.FlagSummary> flags = adminClient.listFlags();
            StringBuilder csv = new StringBuilder("distinct_id,flag,enabled\n");
            for (String distinctId : distinctIds) {
                for (PostHogAdminClient.FlagSummary flag : flags) {
                    boolean enabled = client.isFeatureEnabled(distinctId, flag.key(), false);
                    csv.append(distinctId).append(',').append(flag.key()).append(',').append(enabled).append('\n');
                }
            }
            Files.writeString(out, csv);
            log.info("Wrote {} rows to {}", distinctIds.size() * flags.size(), out);
        } finally {
            client.close();
        }
    }
}
