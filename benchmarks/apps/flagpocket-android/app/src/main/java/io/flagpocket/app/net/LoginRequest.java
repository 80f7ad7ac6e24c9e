package io.flagpocket.app.net;

/** Body of {@code POST /v1/session}. */
public record LoginRequest(String email, String password, String deviceId) {
}
