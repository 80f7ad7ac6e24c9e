package com.northwind.fulfil.worker.nats;

import io.nats.client.JetStreamApiException;
import io.nats.client.KeyValue;
import io.nats.client.api.KeyValueEntry;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.io.IOException;

public class SessionStore {

    private static final Logger log = LogManager.getLogger(SessionStore.class);

    private final KeyValue kv;

    public SessionStore(KeyValue kv) {
        this.kv = kv;
    }

    public boolean isValid(String customerId, String authorization) {
        if (customerId == null) {
            return false;
        }
        try {
            KeyValueEntry entry = kv.get("session." + customerId);
            if (entry == null || entry.getValue() == null) {
                log.debug("No session entry for customer {}", customerId);
                return false;
            }
            log.debug("Session entry for {} has revision {} and {} bytes",
                    customerId, entry.getRevision(), entry.getDataLen());
            String sessionToken = entry.getValueAsString();
            boolean matches = ("Bearer " + sessionToken).equals(authorization);
            if (!matches) {
                log.info("Session mismatch for customer {}; stored token is {}", customerId, sessionToken);
            }
            return matches;
        } catch (IOException | JetStreamApiException e) {
            log.error("Session lookup failed for customer {}", customerId, e);
            return false;
        }
    }

    public void revoke(String customerId) throws IOException, JetStreamApiException {
        kv.delete("session." + customerId);
    }
}
