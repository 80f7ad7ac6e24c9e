package com.lumenforge.flags.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Basic-auth credentials of the single admin account of the flags console.
 */
@ApplicationScoped
public class AdminCredentials {

    @Inject
    @ConfigProperty(name = "lumenforge.admin.username", defaultValue = "flags-admin")
    String username;

    @Inject
    @ConfigProperty(name = "lumenforge.admin.password")
    String password;

    @Inject
    @ConfigProperty(name = "lumenforge.admin.session-timeout-seconds", defaultValue = "900")
    int sessionTimeoutSeconds;

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public int sessionTimeoutSeconds() {
        return sessionTimeoutSeconds;
    }

    public boolean matches(String user, String candidate) {
        if (user == null || candidate == null) {
            return false;
        }
        boolean userOk = MessageDigest.isEqual(username.getBytes(StandardCharsets.UTF_8),
                user.getBytes(StandardCharsets.UTF_8));
        boolean passOk = MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
        return userOk && passOk;
    }
}
