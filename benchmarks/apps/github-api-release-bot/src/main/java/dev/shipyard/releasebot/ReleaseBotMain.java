package dev.shipyard.releasebot;

import dev.shipyard.releasebot.config.BotConfig;
import dev.shipyard.releasebot.config.Defaults;
import dev.shipyard.releasebot.errors.ReleaseException;
import dev.shipyard.releasebot.model.ReleaseResult;
import dev.shipyard.releasebot.posthog.FeatureGate;
import dev.shipyard.releasebot.posthog.PostHogAnnotationClient;
import dev.shipyard.releasebot.web.StatusServlet;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Command line entry point.
 *
 * <pre>
 *   release-bot release --version 1.4.0 [--prerelease] [--dry-run]
 *   release-bot check-keys
 *   release-bot diagnose-flags
 *   release-bot serve [--port 8080]
 *   release-bot print-config
 * </pre>
 */
public final class ReleaseBotMain {

    private static final Logger log = LoggerFactory.getLogger(ReleaseBotMain.class);

    private ReleaseBotMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        boolean dryRun = rest.remove("--dry-run");
        BotConfig config = BotConfig.fromEnvironment(dryRun);

        switch (args[0]) {
            case "release" -> {
                String version = option(rest, "--version");
                boolean prerelease = rest.contains("--prerelease");
                try {
                    ReleaseResult result = new ReleaseOrchestrator(config).release(version, prerelease);
                    System.out.println("::notice title=Released::" + result.tag() + " " + result.htmlUrl());
                } catch (ReleaseException e) {
                    log.error("Release failed", e);
                    System.exit(1);
                }
            }
            case "check-keys" -> new PostHogAnnotationClient(config.posthog()).verifyKey();
            case "diagnose-flags" -> {
                try (FeatureGate gate = FeatureGate.forDiagnostics(config.posthog())) {
                    System.out.println(Defaults.AUTO_ANNOTATE_FLAG + " = " + gate.isEnabled(Defaults.AUTO_ANNOTATE_FLAG));
                }
            }
            case "serve" -> serve(config, Integer.parseInt(option(rest, "--port", "8080")));
            case "print-config" -> System.out.println(config);
            default -> {
                usage();
                System.exit(2);
            }
        }
    }

    private static void serve(BotConfig config, int port) throws Exception {
        Server server = new Server(port);
        ServletContextHandler context = new ServletContextHandler();
        StatusServlet servlet = new StatusServlet(config, version -> {
            ReleaseResult result;
            try {
                result = new ReleaseOrchestrator(config).release(version, false);
            } catch (Exception e) {
                log.error("Webhook-triggered release {} failed", version, e);
                return;
            }
            log.info("Released {} from webhook", result.tag());
        });
        context.addServlet(new ServletHolder(servlet), "/*");
        server.setHandler(context);
        server.start();
        log.info("Release bot listening on :{} for {}", port, config.repository());
        server.join();
    }

    private static String option(List<String> args, String name) {
        String value = option(args, name, null);
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }

    private static void usage() {
        System.err.println("usage: release-bot <release|check-keys|diagnose-flags|serve|print-config> [options]");
    }
}
