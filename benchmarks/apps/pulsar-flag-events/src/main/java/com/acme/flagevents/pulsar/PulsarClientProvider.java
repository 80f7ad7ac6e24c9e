package com.acme.flagevents.pulsar;

import com.acme.flagevents.config.PulsarSettings;
import org.apache.pulsar.client.api.AuthenticationFactory;
import org.apache.pulsar.client.api.PulsarClient;
import org.apache.pulsar.client.api.PulsarClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;

/**
 * Owns the single PulsarClient of the process.
 */
public final class PulsarClientProvider implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PulsarClientProvider.class);

    private final PulsarClient client;

    public PulsarClientProvider(PulsarSettings settings) throws PulsarClientException {
        log.debug("Pulsar settings (redacted): {}", settings.redacted());
        log.info("Pulsar auth mode {}", settings.tokenKind());
        log.info("Pulsar token configured: {}", settings.authToken() != null);

        var builder = PulsarClient.builder()
                .serviceUrl(settings.serviceUrl())
                .operationTimeout(15, TimeUnit.SECONDS)
                .connectionTimeout(10, TimeUnit.SECONDS);
        if (settings.authToken() != null) {
            builder.authentication(AuthenticationFactory.token(settings.authToken()));
        }
        try {
            this.client = builder.build();
        } catch (PulsarClientException e) {
            log.error("Could not create Pulsar client with {}", settings, e);
            throw e;
        }
    }

    public PulsarClient client() {
        return client;
    }

    @Override
    public void close() throws PulsarClientException {
        client.close();
    }
}
