package com.northwind.flaggate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flaggate.config.AppSettings;
import com.northwind.flaggate.http.AdminAuthenticator;
import com.northwind.flaggate.http.AdminHandler;
import com.northwind.flaggate.http.ConsoleHandler;
import com.northwind.flaggate.http.FlagsHandler;
import com.northwind.flaggate.http.OAuthCallbackHandler;
import com.northwind.flaggate.http.PreviewHandler;
import com.northwind.flaggate.http.RequestContextHandler;
import com.northwind.flaggate.posthog.FlagDefinitionsClient;
import com.northwind.flaggate.posthog.PostHogClientFactory;
import com.northwind.flaggate.posthog.PostHogOAuthClient;
import com.northwind.flaggate.util.Secrets;
import com.posthog.server.PostHogInterface;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point: embedded Jetty 12 with core handlers, no servlet container.
 */
public final class FlagGateApplication {

    private static final Logger LOG = LoggerFactory.getLogger(FlagGateApplication.class);

    private FlagGateApplication() {
    }

    public static void main(String[] args) throws Exception {
        AppSettings settings = AppSettings.load();
        settings.requirePersonalKey();

        String secureKey = settings.getSecureKey();
        LOG.info("PostHog host {}, project key {}", settings.getPosthogHost(), settings.getProjectApiKey());
        LOG.info("Personal API key {} loaded", Secrets.mask(settings.getPersonalApiKey()));
        LOG.info("Flags secure key present={} length={}", secureKey != null, secureKey == null ? 0 : secureKey.length());
        LOG.debug("Local evaluation will authenticate with secure key {}", secureKey);

        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        PostHogClientFactory clients = new PostHogClientFactory(settings);
        PostHogInterface flags = clients.flagsClient();
        PostHogInterface audit = clients.auditClient();

        PathMappingsHandler routes = new PathMappingsHandler();
        routes.addMapping(PathSpec.from("/flags"), new FlagsHandler(settings, flags, mapper));
        routes.addMapping(PathSpec.from("/preview"), new PreviewHandler(settings));
        routes.addMapping(PathSpec.from("/config.js"), new ConsoleHandler(settings));
        routes.addMapping(PathSpec.from("/console"), new ConsoleHandler(settings));
        routes.addMapping(PathSpec.from("/oauth/callback"),
                new OAuthCallbackHandler(settings, new PostHogOAuthClient(settings, mapper)));
        routes.addMapping(PathSpec.from("/admin/definitions"),
                new AdminHandler(settings, new AdminAuthenticator(settings),
                        new FlagDefinitionsClient(settings, mapper), mapper));

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(settings.getPort());
        server.addConnector(connector);
        server.setHandler(new RequestContextHandler(routes));

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            flags.close();
            audit.close();
        }, "posthog-shutdown"));

        server.start();
        LOG.info("flag-gate listening on :{}", settings.getPort());
        server.join();
    }
}
