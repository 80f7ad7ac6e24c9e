package io.kestrelhq.gateway.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;

public final class HeaderRedactor {

    private static final Set<String> SENSITIVE = Set.of(
            "authorization", "proxy-authorization", "cookie", "set-cookie", "x-kestrel-proxy-key", "x-xsrf-token");

    private HeaderRedactor() {
    }

    /** A copy of the headers with the values of credential headers replaced. */
    public static HttpHeaders redact(HttpHeaders headers) {
        HttpHeaders copy = new HttpHeaders();
        headers.forEach((name, values) -> copy.put(name,
                SENSITIVE.contains(name.toLowerCase(Locale.ROOT)) ? List.of("<redacted>") : values));
        return copy;
    }

    /** PostHog's own display form: first 4 and last 4 characters. */
    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    /** First 12 hex characters of the SHA-256 of the value, to tell keys apart in logs. */
    public static String fingerprint(String secret) {
        if (secret == null) {
            return "none";
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }

    public static String firstNonBlank(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }
}
