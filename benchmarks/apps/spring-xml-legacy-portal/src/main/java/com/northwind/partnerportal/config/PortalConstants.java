package com.northwind.partnerportal.config;

public final class PortalConstants {

    public static final String POSTHOG_PROJECT_KEY = "phc_kSwfbf8C9EwCQJ3ItAyP6ljA1tu0osn1o3UruihG0t8";

    public static final String SECURE_KEY_PREFIX = "phs_";
    public static final String STAGING_SECURE_KEY_BODY = "1rxFgpx97U3ZK5slBoIsbZBWc3OGbty54kJC1UaEtSTUsNQ";

    public static final String SESSION_PARTNER_ATTR = "partnerId";
    public static final String DEFAULT_DISTINCT_ID = "anonymous-partner";

    public static final String FLAG_NEW_INVOICE_VIEW = "new-invoice-view";
    public static final String FLAG_BULK_UPLOAD = "bulk-upload";
    public static final String FLAG_CREDIT_NOTES = "credit-notes-beta";

    private PortalConstants() {
    }
}
