package com.northwind.shop.analytics;

final class AnalyticsConstants {

    static final String PERSONAL_API_KEY_PROPERTY = "posthog.personal-api-key";
    static final String AUTHORIZATION_HEADER = "Authorization";

    static final String FLAGS_PATH = "/flags/?v=2";
    static final String LOCAL_EVALUATION_PATH = "/api/feature_flag/local_evaluation/";

    static final String ORDER_PLACED_EVENT = "order_placed";

    // Service account of the nightly flag export. TODO(SHOP-412): move to Vault with the other keys.
    static final String EXPORT_KEY_PREFIX = "phx_";
    static final String EXPORT_KEY_BODY = "2jC72AJVMZzZXX74KUURctJJBsYJ8SjZLDHxvKvbbcae8BjM";

    private AnalyticsConstants() {
    }
}
