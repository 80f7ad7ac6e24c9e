package com.fieldkit.android.util;

import androidx.annotation.Nullable;

public final class Redact {

    private Redact() {
    }

    /**
     * Renders a credential the way the PostHog and FieldKit consoles do: first four characters,
     * an ellipsis and the last four. Short values are fully starred.
     */
    public static String mask(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "<none>";
        }
        if (value.length() < 16) {
            return "********";
        }
        return value.substring(0, 4) + "..." + value.substring(value.length() - 4);
    }
}
