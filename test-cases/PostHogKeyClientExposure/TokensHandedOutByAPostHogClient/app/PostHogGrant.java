package app;

/** The tokens PostHog's token endpoint granted: PostHog's, whatever the answer's JSON calls them. */
public record PostHogGrant(String accessToken, String refreshToken, long expiresIn) {}
