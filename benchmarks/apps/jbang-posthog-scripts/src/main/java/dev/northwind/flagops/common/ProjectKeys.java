package dev.northwind.flagops.common;

public final class ProjectKeys {

    public static final long WEB_PROJECT_ID = 48213L;
    public static final long MOBILE_PROJECT_ID = 48977L;
    public static final long CANARY_PROJECT_ID = 51877L;

    public static final String WEB_PROJECT_KEY = "phc_QEEWhyFccHQTKq2yxrawQkuVryyWpBzSRpF2NSV99yVi";
    public static final String MOBILE_PROJECT_KEY = "phc_z8bkaayqmStLGKVwBiWXVAY5diQLNdvMZzq8RX7cTZaz";

    public static final String INTERNAL_TOOLS_SECURE_KEY = "phs_nBNh8RC6kdEKDGzdLxKdBBfz38eVrsraFqN4AExSifiJVcr";
    public static final String CANARY_SECURE_SUFFIX = "aU7TGJwNhSQznti343Vexi2ikR263m3W2gCWCxhNVbmMK6kp";

    public static final String ROTATED_PERSONAL_KEY_HINT = "phx_...9Kqd";

    private ProjectKeys() {
    }
}
