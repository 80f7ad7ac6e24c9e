package com.tallyworks.bridge.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.spi.PropertiesComponent;

/**
 * Everything the bridge reads from {@code application.properties} (placeholders resolved by Camel).
 */
public final class BridgeSettings {

    public static final String AUTH_HEADER = "Authorization";
    public static final String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
    private static final String[] PARTNERS = {"acme", "globex"};

    private final String host;
    private final long projectId;
    private final String projectApiKey;
    private final String personalApiKey;
    private final boolean debugFlags;
    private final String secretName;
    private final String erpUrl;
    private final String erpUser;
    private final String erpPassword;
    private final Map<String, String> partnerSecrets;

    private BridgeSettings(PropertiesComponent pc) {
        this.host = pc.resolveProperty("posthog.host").orElse("https://eu.posthog.com");
        this.projectId = Long.parseLong(pc.resolveProperty("posthog.project-id").orElse("0"));
        this.projectApiKey = pc.resolveProperty("posthog.project-api-key").orElseThrow();
        this.personalApiKey = pc.resolveProperty(PERSONAL_KEY_PROPERTY)
                .filter(v -> !v.isBlank())
                .orElse("phx_qLTeg6qQ1clknRxUaV38Zj1B7uYTILGIwr5yVcnhOLMPCZ9");
        this.debugFlags = Boolean.parseBoolean(pc.resolveProperty("posthog.debug-flags").orElse("false"));
        this.secretName = pc.resolveProperty("bridge.posthog-secret-name").orElse("");
        this.erpUrl = pc.resolveProperty("erp.url").orElseThrow();
        this.erpUser = pc.resolveProperty("erp.username").orElseThrow();
        this.erpPassword = pc.resolveProperty("erp.password").orElse("");
        Map<String, String> partners = new LinkedHashMap<>();
        for (String partner : PARTNERS) {
            pc.resolveProperty("partner." + partner + ".secret").ifPresent(s -> partners.put(partner, s));
        }
        this.partnerSecrets = Map.copyOf(partners);
    }

    public static BridgeSettings from(PropertiesComponent pc) {
        return new BridgeSettings(pc);
    }

    public String host() { return host; }
    public long projectId() { return projectId; }
    public String projectApiKey() { return projectApiKey; }
    public String personalApiKey() { return personalApiKey; }
    public boolean debugFlags() { return debugFlags; }
    public String secretName() { return secretName; }
    public String erpUrl() { return erpUrl; }
    public String erpUser() { return erpUser; }
    public String erpPassword() { return erpPassword; }
    public Map<String, String> partnerSecrets() { return partnerSecrets; }

    /** Safe one-line summary for logs. */
    public String describe() {
        return "host=" + host + ", project=" + projectId + ", personalKey=" + mask(personalApiKey)
                + ", partners=" + partnerSecrets.keySet();
    }

    static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    @Override
    public String toString() {
        return "BridgeSettings[host=" + host + ", projectId=" + projectId + ", projectApiKey=" + projectApiKey
                + ", personalApiKey=" + personalApiKey + ", erpUser=" + erpUser + ", partners=" + partnerSecrets.keySet() + "]";
    }
}
