package app;

/** The tokens GitHub's token endpoint granted. */
public record GitHubGrant(String accessToken, String refreshToken) {}
