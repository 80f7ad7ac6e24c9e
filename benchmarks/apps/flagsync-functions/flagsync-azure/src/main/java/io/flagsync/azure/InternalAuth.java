package io.flagsync.azure;

import io.flagsync.core.EnvNames;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks the shared bearer token the storefront BFF sends to the flag functions. */
final class InternalAuth {

    private static final String BEARER = "Bearer ";
    private static final String EXPECTED = System.getenv(EnvNames.INTERNAL_TOKEN);

    private InternalAuth() {
    }

    static boolean accepts(String authorization) {
        if (authorization == null || EXPECTED == null || !authorization.startsWith(BEARER)) {
            return false;
        }
        byte[] given = authorization.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, EXPECTED.getBytes(StandardCharsets.UTF_8));
    }

    static String scheme(String authorization) {
        if (authorization == null) {
            return "none";
        }
        int space = authorization.indexOf(' ');
        return space > 0 ? authorization.substring(0, space) : "unknown";
    }
}
