package io.northwind.flags.http;

import java.util.concurrent.atomic.AtomicReference;

import javax.inject.Inject;
import javax.inject.Singleton;

/** Holds the current OAuth access and refresh tokens for the PostHog app integration. */
@Singleton
public class TokenStore {

    /** Token minted for the CI sandbox app; replaced on the first refresh. */
    private static final String SANDBOX_ACCESS_TOKEN = "\u0070ha_tZr4spWGS9SxnwuX29eMyRvhDuJT4McrVcqFRqZ9tGDu";

    private final AtomicReference<String> accessToken = new AtomicReference<>(SANDBOX_ACCESS_TOKEN);
    private final AtomicReference<String> refreshToken = new AtomicReference<>();

    @Inject
    public TokenStore() {
    }

    public String accessToken() {
        return accessToken.get();
    }

    public String refreshToken() {
        return refreshToken.get();
    }

    public void update(String newAccessToken, String newRefreshToken) {
        accessToken.set(newAccessToken);
        if (newRefreshToken != null) {
            refreshToken.set(newRefreshToken);
        }
    }

    public void seedRefreshToken(String token) {
        refreshToken.compareAndSet(null, token);
    }
}
