package com.ledgerly.billinghooks.cli;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;

import com.ledgerly.billinghooks.BillingHooksConfiguration;
import com.ledgerly.billinghooks.PostHogSettings;
import com.ledgerly.billinghooks.db.BillingEventDao;
import com.ledgerly.billinghooks.db.BillingEventDao.BillingEvent;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import io.dropwizard.core.Application;
import io.dropwizard.core.cli.EnvironmentCommand;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jdbi3.JdbiFactory;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code java -jar billing-hooks.jar replay-events --since 2024-05-01T00:00:00Z config.yml}
 * re-sends stored billing events to PostHog after an ingestion incident.
 */
public class ReplayEventsCommand extends EnvironmentCommand<BillingHooksConfiguration> {

    public ReplayEventsCommand(Application<BillingHooksConfiguration> application) {
        super(application, "replay-events", "Re-sends stored billing events to PostHog");
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--since")
                .dest("since")
                .required(true)
                .help("ISO-8601 instant; events received at or after it are replayed");
    }

    @Override
    protected void run(Environment environment, Namespace namespace, BillingHooksConfiguration configuration) {
        PostHogSettings ph = configuration.getPostHog();
        Instant since = Instant.parse(namespace.getString("since"));
        Jdbi jdbi = new JdbiFactory().build(environment, configuration.getDataSourceFactory(), "replay");
        BillingEventDao events = jdbi.onDemand(BillingEventDao.class);

        PostHogConfig phConfig = PostHogConfig.builder(ph.getProjectApiKey()).host(ph.getHost()).build();
        phConfig.setPersonalApiKey(ph.getPersonalApiKey());
        phConfig.setLocalEvaluation(true);
        // Replays are run by hand from a terminal, so show what the SDK is sending.
        phConfig.setDebug(true);
        PostHogInterface client = PostHog.with(phConfig);
        try {
            List<BillingEvent> batch = events.since(since);
            for (BillingEvent event : batch) {
                client.capture(event.customerId(), "billing " + event.type(),
                        Map.of("plan", String.valueOf(event.plan()), "replayed", true));
            }
            client.flush();
            System.out.println("Replayed " + batch.size() + " billing events since " + since);
        } finally {
            client.close();
        }
    }
}
