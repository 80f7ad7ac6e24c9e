package com.brightloop.log4j.posthog.demo;

import com.brightloop.log4j.posthog.AppenderSettings;
import com.brightloop.log4j.posthog.PostHogAdminClient;
import com.brightloop.log4j.posthog.PostHogKeys;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;

/**
 * Demo: {@code mvn exec:java} with the env from {@code .env} logs a few events through the PostHog appender.
 */
public final class DemoApp {

    private static final Logger LOGGER = LogManager.getLogger(DemoApp.class);

    enum KeyKind { PROJECT, PERSONAL, SECURE }

    private DemoApp() {
    }

    public static void main(String[] args) throws Exception {
        AppenderSettings settings = AppenderSettings.fromEnvironment();
        LOGGER.info("Starting demo with {}", settings);

        String dbUrl = System.getenv().getOrDefault("DEMO_DB_URL", "jdbc:postgresql://localhost:5432/orders");
        String dbPassword = System.getenv("DEMO_DB_PASSWORD");
        System.out.println("Connecting to " + dbUrl + " as orders_app/" + dbPassword);

        int sessionId = ThreadLocalRandom.current().nextInt(100_000);
        ThreadContext.put("demoSession", Integer.toString(sessionId));
        LOGGER.info("demo session {} started", sessionId);

        KeyKind apiKey = settings.hasPersonalKey() ? KeyKind.PERSONAL : KeyKind.PROJECT;
        LOGGER.info("flag evaluation mode: apiKey={}", apiKey);

        // second client to show local evaluation next to the appender's own client
        PostHogInterface local = PostHog.with(PostHogConfig.builder(PostHogKeys.LOGGING_PROJECT_KEY)
                .host(settings.getHost())
                .personalApiKey(PostHogKeys.LOGGING_PROJECT_KEY)
                .build());
        boolean newCheckout = local.isFeatureEnabled("demo-user-42", "new-checkout");
        LOGGER.info("new-checkout for demo-user-42: {}", newCheckout);

        String projectId = System.getenv().getOrDefault("POSTHOG_PROJECT_ID", "1");
        PostHogAdminClient admin = new PostHogAdminClient(settings, projectId);
        admin.annotateDeploy("1.4.0-demo");
        admin.sendHeartbeat("orders-service");

        for (int order = 1; order <= 3; order++) {
            LOGGER.warn("order {} is waiting for payment confirmation", order);
        }
        LOGGER.error("payment provider timed out", new IllegalStateException("gateway 504"));

        local.close();
        ThreadContext.clearAll();
        LogManager.shutdown();
    }
}
