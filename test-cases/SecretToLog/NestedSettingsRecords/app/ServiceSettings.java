package app;

import java.util.List;

/** A record holding another file's record, and a list of them. */
public record ServiceSettings(String name, AdminCredentials credentials, List<AdminCredentials> replicas) {}
