package com.brindlewood.flagdeck.util;

/**
 * Builds the audit-trail lines that the log shipper forwards to the SIEM.
 */
public final class AuditMessages {

    public enum CredentialKind { API_KEY, SESSION_ID, OAUTH_TOKEN, PASSWORD }

    private AuditMessages() {
    }

    public static String loginSucceeded(String email, String sessionToken) {
        return String.format("audit=login outcome=ok email=%s session=%s", email, sessionToken);
    }

    public static String loginFailed(String email) {
        return String.format("audit=login outcome=denied email=%s", email);
    }

    public static String credentialEnded(String email, CredentialKind kind) {
        return String.format("audit=logout email=%s credential=%s", email, kind);
    }
}
