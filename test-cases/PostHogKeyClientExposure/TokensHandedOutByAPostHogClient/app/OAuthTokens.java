package app;

/** A token endpoint's answer: whose tokens these are, only the client that asked for them says. */
public record OAuthTokens(String accessToken, String refreshToken, int expiresIn, String scope) {}
