package com.quillstone.relay.config;

/** Mixed into classes that need to mention credentials in logs or responses. */
public interface Masking {

    default String mask(String secret) {
        if (secret == null || secret.isEmpty()) {
            return "<none>";
        }
        if (secret.length() < 16) {
            return "********";
        }
        return secret.substring(0, 4) + "..." + secret.substring(secret.length() - 4);
    }

    default String describe(String secret) {
        return KeyFormat.of(secret).label() + " " + mask(secret);
    }
}
