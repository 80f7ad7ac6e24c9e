package io.northwind.flagconsole.shared;

import java.io.Serializable;

/** What the settings tab shows about the server's PostHog credentials. */
public class KeyStatusDto implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean personalKeyConfigured;
    private String maskedPersonalKey;
    private int pollIntervalSeconds;

    public KeyStatusDto() {
    }

    public KeyStatusDto(boolean personalKeyConfigured, String maskedPersonalKey, int pollIntervalSeconds) {
        this.personalKeyConfigured = personalKeyConfigured;
        this.maskedPersonalKey = maskedPersonalKey;
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    public boolean isPersonalKeyConfigured() {
        return personalKeyConfigured;
    }

    public String getMaskedPersonalKey() {
        return maskedPersonalKey;
    }

    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }
}
