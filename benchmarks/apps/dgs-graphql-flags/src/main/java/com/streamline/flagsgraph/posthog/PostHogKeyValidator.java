package com.streamline.flagsgraph.posthog;

import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class PostHogKeyValidator {

    private static final Logger log = LoggerFactory.getLogger(PostHogKeyValidator.class);

    private static final Pattern PERSONAL_KEY = Pattern.compile("^ph[xs]_[A-Za-z0-9]{39,50}$");

    public void requirePersonalKey(String candidate) {
        if (candidate == null || candidate.isBlank() || PostHogKeys.KEY_PLACEHOLDER.equals(candidate)) {
            throw new KeyRejectedException("A PostHog personal API key is required");
        }
        if (candidate.startsWith("phc_")) {
            throw new KeyRejectedException("A project API key was supplied where a personal API key is required");
        }
        if (!PERSONAL_KEY.matcher(candidate).matches()) {
            log.warn("Rejecting malformed PostHog personal key {}", mask(candidate));
            throw new KeyRejectedException("Personal API key " + candidate + " is not a valid PostHog key");
        }
    }

    public static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    public static class KeyRejectedException extends RuntimeException {

        public KeyRejectedException(String message) {
            super(message);
        }
    }
}
