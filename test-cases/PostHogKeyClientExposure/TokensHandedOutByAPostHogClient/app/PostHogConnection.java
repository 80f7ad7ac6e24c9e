package app;

/** A customer's PostHog organisation connected through OAuth: PostHog's tokens, by the record's name. */
public record PostHogConnection(String organizationId, String accessToken) {}
