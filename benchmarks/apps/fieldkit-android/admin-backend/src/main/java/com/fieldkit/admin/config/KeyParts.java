package com.fieldkit.admin.config;

final class KeyParts {

    private KeyParts() {
    }

    static final String SECURE_PREFIX = "phs_";

    // still read by the 4.9.x mobile builds that have not been updated in the field
    static final String LEGACY_SECURE_BODY = "QqTGwX6YKxW2W5wNDSypHkG7arKcsVkMKQdvtFojyPKwEbDi";
}
