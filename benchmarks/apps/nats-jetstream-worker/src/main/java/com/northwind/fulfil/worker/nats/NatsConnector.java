package com.northwind.fulfil.worker.nats;

import com.northwind.fulfil.worker.config.WorkerSettings;
import io.nats.client.AuthenticationException;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.io.IOException;
import java.time.Duration;

public final class NatsConnector {

    private static final Logger log = LogManager.getLogger(NatsConnector.class);

    private NatsConnector() {
    }

    public static Connection connect(WorkerSettings settings) throws WorkerStartupException {
        Options.Builder builder = new Options.Builder()
                .server(settings.natsUrl())
                .connectionName("fulfil-worker-" + settings.environment())
                .connectionTimeout(Duration.ofSeconds(5))
                .maxReconnects(-1);

        switch (settings.tokenMode()) {
            case STATIC_TOKEN -> {
                log.debug("Authenticating to {} with token {}", settings.natsUrl(), settings.natsToken());
                builder.token(settings.natsToken().toCharArray());
            }
            case USER_PASSWORD -> builder.userInfo(settings.natsUser(), settings.natsPassword());
            case CREDS_FILE -> {
                log.info("Using NATS credentials file {}", settings.credsFile());
                builder.authHandler(Nats.credentials(settings.credsFile()));
            }
            default -> log.warn("Connecting to {} without authentication", settings.natsUrl());
        }

        try {
            Connection connection = Nats.connect(builder.build());
            log.info("Connected to NATS at {}", connection.getConnectedUrl());
            return connection;
        } catch (AuthenticationException e) {
            throw new WorkerStartupException("NATS rejected credentials for user " + settings.natsUser()
                    + " (password " + settings.natsPassword() + ")", e);
        } catch (IOException e) {
            throw new WorkerStartupException("Cannot reach NATS at " + settings.natsUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkerStartupException("Interrupted while connecting to " + settings.natsUrl(), e);
        }
    }
}
