package com.northwind.relay.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Supplies WSS4J with the stored password of the partner user named in a WS-Security UsernameToken;
 * WSS4J then compares it with the one the partner sent.
 */
public class UsernameTokenValidator implements CallbackHandler {

    private static final Logger log = LoggerFactory.getLogger(UsernameTokenValidator.class);

    private final Properties credentials = new Properties();

    public UsernameTokenValidator(String credentialsFile) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(credentialsFile))) {
            credentials.load(in);
        }
        log.info("Loaded {} partner users from {}", credentials.size(), credentialsFile);
    }

    @Override
    public void handle(Callback[] callbacks) throws IOException, UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (!(callback instanceof WSPasswordCallback pc)) {
                throw new UnsupportedCallbackException(callback, "Unrecognized callback");
            }
            String username = pc.getIdentifier();
            String passwordType = pc.getType();
            log.debug("UsernameToken for {} ({})", username, passwordType);
            String password = credentials.getProperty(username);
            if (password == null) {
                log.warn("Unknown partner user {}", username);
                continue;
            }
            log.trace("Resolved stored password {} for partner user {}", password, username);
            pc.setPassword(password);
        }
    }
}
