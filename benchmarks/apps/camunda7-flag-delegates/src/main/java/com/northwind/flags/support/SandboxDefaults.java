package com.northwind.flags.support;

/**
 * Defaults for the shared "Flags sandbox" project so new team members can run the
 * process without asking for credentials.
 */
public final class SandboxDefaults {

    public static final String SANDBOX_HOST = "https://us.i.posthog.com";
    public static final String SANDBOX_PROJECT_KEY = "phc_GPck6HhfX6S6y6RNVQmVyFQxDYNBBpPN7ZhRFjLPzthC";
    public static final String SANDBOX_SECURE_KEY = "phs_9QBKhpNw4d6n3NVJwMJvR6tX7mc7HFHYsDdkDA8VQ3kuEL7F";
    public static final String DOCS_EXAMPLE_KEY = "phx_your_key_here";

    private SandboxDefaults() {
    }
}
