package dev.quarry.exporter.cli;

import java.util.concurrent.Callable;

import dev.quarry.exporter.config.PostHogSettings;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

@Command(name = "serve", description = "Serve the export job HTTP API")
public class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Inject
    ApplicationContext context;

    @Inject
    PostHogSettings settings;

    @Override
    public Integer call() throws InterruptedException {
        LOG.info("Starting export server with {}", settings);
        LOG.info("PostHog credentials come from {}", settings.getTokenSource());
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        server.start();
        LOG.info("Listening on {}", server.getURL());
        Thread.currentThread().join();
        return 0;
    }
}
