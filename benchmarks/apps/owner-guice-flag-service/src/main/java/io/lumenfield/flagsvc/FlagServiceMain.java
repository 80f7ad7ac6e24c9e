package io.lumenfield.flagsvc;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.lumenfield.flagsvc.cli.CliOptions;
import io.lumenfield.flagsvc.config.FlagServiceConfig;
import io.lumenfield.flagsvc.config.PostHogSettings;
import io.lumenfield.flagsvc.inject.FlagServiceModule;
import io.lumenfield.flagsvc.posthog.LocalEvalClientFactory;
import io.lumenfield.flagsvc.web.BootstrapScriptServlet;
import io.lumenfield.flagsvc.web.DashboardRedirectServlet;
import io.lumenfield.flagsvc.web.FlagsServlet;
import io.lumenfield.flagsvc.web.RequestAuditFilter;
import io.lumenfield.flagsvc.web.StatusServlet;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Properties;
import org.aeonbits.owner.ConfigFactory;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.kohsuke.args4j.CmdLineException;
import org.kohsuke.args4j.CmdLineParser;

public final class FlagServiceMain {

    private static final Logger log = LogManager.getLogger(FlagServiceMain.class);

    private FlagServiceMain() {
    }

    public static void main(String[] args) throws Exception {
        CliOptions options = new CliOptions();
        CmdLineParser parser = new CmdLineParser(options);
        try {
            parser.parseArgument(args);
        } catch (CmdLineException e) {
            System.err.println(e.getMessage());
            parser.printUsage(System.err);
            System.exit(2);
            return;
        }
        if (options.help) {
            parser.printUsage(System.out);
            return;
        }

        if (options.adminToken != null) {
            System.setProperty("admin.token", options.adminToken);
            System.err.println("Admin endpoints protected with token " + options.adminToken);
        }

        FlagServiceConfig config = ConfigFactory.create(FlagServiceConfig.class, loadOverrides(options), System.getenv());
        Injector injector = Guice.createInjector(new FlagServiceModule(config, options));
        PostHogSettings settings = injector.getInstance(PostHogSettings.class);
        log.info("Loaded PostHog settings: {}", settings);

        if (options.checkFlags) {
            boolean ok = injector.getInstance(LocalEvalClientFactory.class).checkDefinitions(options);
            System.exit(ok ? 0 : 1);
            return;
        }

        int port = options.port != null ? options.port : config.httpPort();
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.addFilter(new FilterHolder(injector.getInstance(RequestAuditFilter.class)), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(injector.getInstance(FlagsServlet.class)), "/flags");
        context.addServlet(new ServletHolder(injector.getInstance(BootstrapScriptServlet.class)), "/posthog-bootstrap.js");
        context.addServlet(new ServletHolder(injector.getInstance(StatusServlet.class)), "/admin/status");
        context.addServlet(new ServletHolder(injector.getInstance(DashboardRedirectServlet.class)), "/admin/dashboard");
        server.setHandler(context);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
            } catch (Exception e) {
                log.warn("Jetty did not stop cleanly", e);
            }
        }, "flag-service-shutdown"));

        server.start();
        log.info("flag-service listening on :{} (personal key present: {})", port, settings.hasPersonalApiKey());
        server.join();
    }

    private static Properties loadOverrides(CliOptions options) throws IOException {
        Properties overrides = new Properties();
        if (options.configFile != null) {
            try (InputStream in = Files.newInputStream(options.configFile)) {
                overrides.load(in);
            }
        }
        return overrides;
    }
}
