package nested;

/** The keys of one PostHog project, as a record: its JSON form shows every component. */
public record ProjectKeys(String projectApiKey, String personalApiKey) {}
