package com.quillfeather.links.config;

import com.quillfeather.links.util.Redactor;

/**
 * Credential bundle that is safe to print: {@link #toString()} never shows the values.
 */
public record MaskedCredentials(String personalKey, String secureKey, String adminToken) {

    @Override
    public String toString() {
        return "MaskedCredentials[personalKey=" + Redactor.redact(personalKey)
                + ", secureKey=" + Redactor.redact(secureKey)
                + ", adminToken=" + (adminToken == null ? "unset" : "set") + "]";
    }
}
