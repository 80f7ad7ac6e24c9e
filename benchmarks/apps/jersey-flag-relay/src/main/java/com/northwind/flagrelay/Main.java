package com.northwind.flagrelay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.northwind.flagrelay.config.RelayConfig;
import com.northwind.flagrelay.error.FlagSyncException;
import com.northwind.flagrelay.posthog.FlagDefinitionsClient;
import com.northwind.flagrelay.posthog.PostHogClientFactory;
import com.northwind.flagrelay.util.Secrets;
import com.northwind.flagrelay.ws.FlagUpdateEndpoint;
import com.posthog.server.PostHogInterface;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.tyrus.server.Server;

public final class Main {

    private static final Logger LOG = LogManager.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        RelayConfig config = RelayConfig.load();
        LOG.info("Starting flag relay: {}", config);
        LOG.info("PostHog credentials resolved: {}", config.credentials());
        LOG.info("Local evaluation key present: {} (length {}), shown as {}",
                config.getPersonalApiKey() != null,
                config.getPersonalApiKey() == null ? 0 : config.getPersonalApiKey().length(),
                Secrets.mask(config.getPersonalApiKey()));
        if ("local".equals(System.getenv("RELAY_ENV"))) {
            System.err.println("WARNING: using the shared local dev key " + config.getPersonalApiKey());
        }

        ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        PostHogClientFactory factory = new PostHogClientFactory(config);
        PostHogInterface posthog = factory.flagsClient();

        ResourceConfig app = new ResourceConfig()
                .packages("com.northwind.flagrelay.api", "com.northwind.flagrelay.filter",
                        "com.northwind.flagrelay.error")
                .register(JacksonFeature.class)
                .register(new AbstractBinder() {
                    @Override
                    protected void configure() {
                        bind(config).to(RelayConfig.class);
                        bind(mapper).to(ObjectMapper.class);
                        bind(posthog).to(PostHogInterface.class);
                        bind(FlagDefinitionsClient.class).to(FlagDefinitionsClient.class).in(Singleton.class);
                    }
                });

        URI baseUri = URI.create("http://0.0.0.0:" + config.getPort() + config.getBasePath() + "/");
        HttpServer http = GrizzlyHttpServerFactory.createHttpServer(baseUri, app, false);
        Server websockets = new Server("0.0.0.0", config.getPort() + 1, "/", null, FlagUpdateEndpoint.class);

        FlagDefinitionsClient definitions = new FlagDefinitionsClient(config, mapper);
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
        poller.scheduleWithFixedDelay(() -> {
            try {
                FlagUpdateEndpoint.broadcast(mapper.writeValueAsString(definitions.fetchDefinitions()));
            } catch (FlagSyncException e) {
                LOG.warn("flag poll failed, upstream status {}", e.getUpstreamStatus());
            } catch (Exception e) {
                LOG.warn("flag poll failed: {}", e.getClass().getSimpleName());
            }
        }, 5, config.getPollIntervalSeconds(), TimeUnit.SECONDS);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            poller.shutdownNow();
            websockets.stop();
            http.shutdownNow();
            posthog.close();
        }, "relay-shutdown"));

        http.start();
        websockets.start();
        LOG.info("flag relay listening on {} (ws on port {})", baseUri, config.getPort() + 1);
        Thread.currentThread().join();
    }
}
