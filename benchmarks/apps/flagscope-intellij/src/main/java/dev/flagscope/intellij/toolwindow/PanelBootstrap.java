package dev.flagscope.intellij.toolwindow;

import com.google.gson.annotations.SerializedName;
import dev.flagscope.intellij.api.ConnectionInfo;
import dev.flagscope.intellij.settings.FlagScopeSettings;

/**
 * Initial state handed to the tool window's web UI (src/main/resources/web/flags.js).
 */
public record PanelBootstrap(
        @SerializedName("host") String host,
        @SerializedName("projectId") String projectId,
        @SerializedName("apiKey") String apiKey,
        @SerializedName("pollSeconds") int pollSeconds,
        @SerializedName("dark") boolean dark) {

    public static PanelBootstrap from(ConnectionInfo connection, FlagScopeSettings settings, boolean dark) {
        return new PanelBootstrap(
                connection.host(),
                connection.projectId(),
                connection.personalApiKey(),
                settings.getPollIntervalSeconds(),
                dark);
    }
}
