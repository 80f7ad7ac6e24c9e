package cohortroutes;

/** What PostHog's token endpoint grants. */
public record PostHogCohortTokens(String accessToken, String refreshToken) {}
