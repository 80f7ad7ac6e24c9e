package dev.kestrel.phadmin.creds;

/** What phadmin needs to talk to one PostHog project. */
public record Credentials(String host, long projectId, String personalApiKey, String projectApiKey) {

    public String maskedPersonalApiKey() {
        if (personalApiKey == null) {
            return "(none)";
        }
        if (personalApiKey.length() < 16) {
            return "********";
        }
        return personalApiKey.substring(0, 4) + "..." + personalApiKey.substring(personalApiKey.length() - 4);
    }

    @Override
    public String toString() {
        return "Credentials[host=" + host + ", projectId=" + projectId
                + ", personalApiKey=" + maskedPersonalApiKey() + "]";
    }
}
