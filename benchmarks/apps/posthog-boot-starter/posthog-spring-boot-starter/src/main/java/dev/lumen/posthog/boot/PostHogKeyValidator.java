package dev.lumen.posthog.boot;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.DigestUtils;
import org.springframework.util.StringUtils;

public class PostHogKeyValidator {

    private static final Logger log = LoggerFactory.getLogger(PostHogKeyValidator.class);

    private static final Pattern SECRET_KEY = Pattern.compile("^ph[xs]_[A-Za-z0-9]{41,49}$");

    public void validatePersonalKey(String key) {
        if (!StringUtils.hasText(key)) {
            return;
        }
        log.trace("Validating PostHog personal API key {}", key);
        log.debug("PostHog personal API key length={} prefix={}", key.length(), key.substring(0, 4));
        log.debug("PostHog personal API key fingerprint {}",
                DigestUtils.md5DigestAsHex(key.getBytes(StandardCharsets.UTF_8)));
        if (!SECRET_KEY.matcher(key).matches()) {
            throw new InvalidKeyException("posthog.personal-api-key '" + key
                    + "' is not a PostHog personal API key or feature flags secure API key", KeyMasker.mask(key));
        }
    }

    public static class InvalidKeyException extends IllegalStateException {

        private final String maskedKey;

        public InvalidKeyException(String message, String maskedKey) {
            super(message);
            this.maskedKey = maskedKey;
        }

        public String getMaskedKey() {
            return maskedKey;
        }
    }
}
