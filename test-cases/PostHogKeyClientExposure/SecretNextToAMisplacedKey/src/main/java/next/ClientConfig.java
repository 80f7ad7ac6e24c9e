package next;

public record ClientConfig(String projectKey, String flagsKey) {}
