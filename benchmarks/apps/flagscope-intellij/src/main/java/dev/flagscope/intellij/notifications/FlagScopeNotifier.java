package dev.flagscope.intellij.notifications;

import com.intellij.notification.Notification;
import com.intellij.notification.NotificationAction;
import com.intellij.notification.NotificationGroupManager;
import com.intellij.notification.NotificationType;
import com.intellij.openapi.options.ShowSettingsUtil;
import com.intellij.openapi.project.Project;
import dev.flagscope.intellij.settings.FlagScopeConfigurable;
import org.jetbrains.annotations.NotNull;
import org.jetbrains.annotations.Nullable;

public final class FlagScopeNotifier {

    private static final String GROUP_ID = "FlagScope";

    private FlagScopeNotifier() {
    }

    public static void flagsLoaded(@Nullable Project project, int count, int active) {
        notification("Feature flags refreshed", count + " flags, " + active + " active", NotificationType.INFORMATION)
                .notify(project);
    }

    public static void missingConfiguration(@Nullable Project project) {
        notification("PostHog is not configured",
                "Set your PostHog host, project id and personal API key to load feature flags.",
                NotificationType.WARNING)
                .addAction(openSettings())
                .notify(project);
    }

    public static void refreshFailed(@Nullable Project project, int statusCode) {
        String content = statusCode == 401 || statusCode == 403
                ? "PostHog rejected the personal API key (HTTP " + statusCode + "). It needs the feature_flag:read scope."
                : "PostHog answered HTTP " + statusCode + ".";
        notification("Could not refresh feature flags", content, NotificationType.ERROR)
                .addAction(openSettings())
                .notify(project);
    }

    public static void projectKeyInPersonalField(@Nullable Project project) {
        notification("That looks like a project API key",
                "Project API keys start with phc_. FlagScope needs a personal API key (phx_...) to read flags.",
                NotificationType.WARNING)
                .notify(project);
    }

    private static @NotNull Notification notification(String title, String content, NotificationType type) {
        return NotificationGroupManager.getInstance()
                .getNotificationGroup(GROUP_ID)
                .createNotification(title, content, type);
    }

    private static NotificationAction openSettings() {
        return NotificationAction.createSimpleExpiring("Open settings",
                () -> ShowSettingsUtil.getInstance().showSettingsDialog(null, FlagScopeConfigurable.class));
    }
}
