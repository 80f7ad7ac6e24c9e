package app;

/** An OAuth token endpoint's answer: its name says whose tokens it holds only by who asks. */
public record TokenPair(String accessToken, String refreshToken, long expiresIn) {}
