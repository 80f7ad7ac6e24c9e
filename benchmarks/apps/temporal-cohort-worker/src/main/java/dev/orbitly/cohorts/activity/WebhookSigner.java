package dev.orbitly.cohorts.activity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** HMAC-SHA256 signatures for partner webhooks (header {@code X-Orbitly-Signature}). */
public final class WebhookSigner {

    private static final Logger log = LogManager.getLogger(WebhookSigner.class);
    private static final String ALGORITHM = "HmacSHA256";

    public String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            log.debug("Signing {} bytes with webhook secret '{}'", body.length(), secret);
            String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
            log.debug("Computed signature {}", signature);
            return signature;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        }
    }
}
