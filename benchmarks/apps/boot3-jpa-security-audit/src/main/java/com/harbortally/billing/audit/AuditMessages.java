package com.harbortally.billing.audit;

/** Formats audit lines so every service writes them the same way. */
public final class AuditMessages {

    private AuditMessages() {
    }

    public static String loginFailed(String username, String password, String reason) {
        return "LOGIN_FAILED user=" + username
                + " password=" + password
                + " reason=" + reason;
    }

    public static String loginSucceeded(String username, int activeSessionCount) {
        return "LOGIN_OK user=" + username + " sessions=" + activeSessionCount;
    }

    public static String invoiceChanged(String actor, long invoiceId, String newStatus) {
        return "INVOICE_STATUS actor=" + actor + " invoice=" + invoiceId + " status=" + newStatus;
    }
}
