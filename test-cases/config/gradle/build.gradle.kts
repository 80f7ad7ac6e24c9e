plugins {
    id("com.android.library")
}

android {
    defaultConfig {
        buildConfigField("String", "POSTHOG_PERSONAL_API_KEY", "\"phx_kNtaU4i5GpIpatEJc2vPjjeJeRvtQRxFAoCRIsBhyIRPK2i\"") // Noncompliant: HardcodedPostHogKey, PostHogKeyClientExposure
        resValue("string", "posthog_api_key", "phc_Bdv38O3ghdRuLpj5KFdxqs1nl3UBwamDzHBt7ljJnXW")
        manifestPlaceholders["posthogSecureKey"] = "phs_hktnwfrpV3tN6dK0N0K99B4lO72dQeGSG1bGlOJrdeYwGnoM" // Noncompliant: HardcodedPostHogKey, PostHogKeyClientExposure
        manifestPlaceholders += mapOf("posthogProjectKey" to "phc_KsCkQ6wLpLN86WyoJ8lLoRYHRfcVcxzWaYMw2XVnAOX")
    }
}

tasks.register<Exec>("smokeTest") {
    environment("POSTHOG_API_KEY", "phx_yElwmrYEE8mBvo8fg2TrrBwyMZDrXqDjrDYazmDtlRyIS4Y") // Noncompliant: HardcodedPostHogKey, PostHogKeyMisuse
    commandLine("./smoke.sh")
}
