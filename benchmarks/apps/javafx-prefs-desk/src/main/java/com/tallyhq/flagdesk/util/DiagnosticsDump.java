package com.tallyhq.flagdesk.util;

import com.tallyhq.flagdesk.config.DeskSettings;

/**
 * Text for Help > Copy diagnostics. Pasted into support tickets, so every credential is masked.
 */
public final class DiagnosticsDump {

    private DiagnosticsDump() {
    }

    public static String render(DeskSettings s) {
        StringBuilder sb = new StringBuilder();
        sb.append("java.version=").append(System.getProperty("java.version")).append('\n');
        sb.append("javafx.version=").append(System.getProperty("javafx.runtime.version")).append('\n');
        sb.append("os=").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.arch")).append('\n');
        sb.append("host=").append(s.host()).append('\n');
        sb.append("projectId=").append(s.projectId()).append('\n');
        sb.append("personalApiKey=").append(KeyMasker.mask(s.personalApiKey())).append('\n');
        sb.append("featureFlagsSecureKey=").append(KeyMasker.mask(s.featureFlagsSecureKey())).append('\n');
        sb.append("proxy=").append(s.hasProxy() ? s.proxyHost() + ":" + s.proxyPort() : "none").append('\n');
        sb.append("proxyPassword=").append(s.proxyPassword().isEmpty() ? "<unset>" : "********").append('\n');
        return sb.toString();
    }
}
