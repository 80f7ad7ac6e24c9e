package com.larkspur.flagdesk.ui;

import com.larkspur.flagdesk.posthog.PostHogApiException;
import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Central place for turning failures into log lines and user-facing dialogs.
 */
final class ErrorDialogs {

    private static final Logger log = LoggerFactory.getLogger(ErrorDialogs.class);

    private ErrorDialogs() {
    }

    static void showApiError(String action, PostHogApiException ex) {
        log.error("PostHog call '{}' failed (HTTP {})", action, ex.status(), ex);
        Alert alert = new Alert(AlertType.ERROR);
        alert.setTitle("FlagDesk");
        alert.setHeaderText(action + " failed");
        alert.setContentText(ex.isAuthProblem()
                ? "PostHog rejected the configured key. Check File > Settings."
                : "PostHog answered with HTTP " + ex.status() + ". See the log for details.");
        alert.showAndWait();
    }

    static void showUnexpected(String action, Throwable ex) {
        log.error("Unexpected failure during {}", action, ex);
        Alert alert = new Alert(AlertType.ERROR, "Something went wrong: " + ex.getClass().getSimpleName());
        alert.setHeaderText(action + " failed");
        alert.showAndWait();
    }
}
