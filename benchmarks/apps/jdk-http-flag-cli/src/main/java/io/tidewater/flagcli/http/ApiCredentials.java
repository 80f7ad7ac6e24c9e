package io.tidewater.flagcli.http;

import java.util.Objects;

public record ApiCredentials(KeyKind kind, String scheme, String token) {

    public enum KeyKind {
        PERSONAL_API_KEY,
        FEATURE_FLAGS_SECURE_KEY,
        OAUTH_ACCESS_TOKEN
    }

    public ApiCredentials {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(token, "token");
        scheme = scheme == null ? "Bearer" : scheme;
    }

    public static ApiCredentials personal(String personalApiKey) {
        return new ApiCredentials(KeyKind.PERSONAL_API_KEY, "Bearer", personalApiKey);
    }

    public static ApiCredentials forLocalEvaluation(String key) {
        KeyKind kind = key.startsWith("phs_") ? KeyKind.FEATURE_FLAGS_SECURE_KEY : KeyKind.PERSONAL_API_KEY;
        return new ApiCredentials(kind, "Bearer", key);
    }

    public String authorizationHeader() {
        return scheme + " " + token;
    }

    @Override
    public String toString() {
        return "ApiCredentials{kind=" + kind + ", authorization='" + authorizationHeader() + "'}";
    }
}
