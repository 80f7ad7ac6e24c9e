package quiet.jobs;

/** What one run of the flag sync works with. */
public record SyncContext(long projectId, String personalApiKey, int attempt) {}
