package com.fieldkit.admin.web;

import java.util.Map;

public record MobileBootstrapResponse(
        String posthogProjectKey,
        String posthogHost,
        String flagsSecureKey,
        int minSupportedBuild,
        Map<String, Boolean> features) {
}
