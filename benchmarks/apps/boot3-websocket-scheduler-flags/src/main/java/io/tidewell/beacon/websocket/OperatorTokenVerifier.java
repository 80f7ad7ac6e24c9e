package io.tidewell.beacon.websocket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Console tokens are "operator.signature" where signature = HMAC-SHA256(operator, signing secret).
 */
@Component
public class OperatorTokenVerifier {

    private final byte[] signingSecret;

    public OperatorTokenVerifier(@Value("${beacon.console.signing-secret}") String signingSecret) {
        this.signingSecret = signingSecret.getBytes(StandardCharsets.UTF_8);
    }

    /** @return the operator name, or null when the token does not verify */
    public String verify(String token) {
        int dot = token.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String operator = token.substring(0, dot);
        byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        return MessageDigest.isEqual(sign(operator), given) ? operator : null;
    }

    private byte[] sign(String operator) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret, "HmacSHA256"));
            return mac.doFinal(operator.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("HMAC unavailable", e);
        }
    }
}
