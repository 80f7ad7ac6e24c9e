package com.brindlewood.tenantportal.service;

import java.time.Instant;

/** Audit-trail wording shared by the services, so support can grep for stable phrases. */
final class AuditMessages {

    private AuditMessages() {
    }

    static String resetIssued(String username, String resetToken, Instant expiresAt) {
        return "AUDIT password-reset issued user=" + username + " token=" + resetToken + " expires=" + expiresAt;
    }

    static String resetMailQueued(String username, String maskedEmail) {
        return "AUDIT password-reset mail queued user=" + username + " to=" + maskedEmail;
    }
}
