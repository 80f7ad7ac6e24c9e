package com.helpdeskly.flaginspector.ui;

import com.helpdeskly.flaginspector.config.ConsoleConfig;
import com.helpdeskly.flaginspector.config.KeyMask;
import com.helpdeskly.flaginspector.config.PostHogDefaults;
import com.helpdeskly.flaginspector.diagnostics.DiagnosticsReport;
import com.helpdeskly.flaginspector.gateway.SupportSession;
import javafx.fxml.FXML;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The diagnostics dialog agents copy into support-tooling tickets. */
public class DiagnosticsController {

    @FXML
    private TextArea diagnosticsArea;

    public void show(ConsoleConfig config, SupportSession session) {
        diagnosticsArea.clear();
        diagnosticsArea.appendText(DiagnosticsReport.header());
        diagnosticsArea.appendText("posthog.host=" + config.getHost() + "\n");
        diagnosticsArea.appendText("posthog.project-id=" + config.getProjectId() + "\n");
        diagnosticsArea.appendText("posthog.personal-api-key=" + KeyMask.mask(config.getPersonalApiKey()) + "\n");
        diagnosticsArea.appendText("posthog.personal-api-key.length="
                + (config.hasPersonalApiKey() ? config.getPersonalApiKey().length() : 0) + "\n");
        diagnosticsArea.appendText("telemetry.project-key=" + PostHogDefaults.TOOLING_PROJECT_KEY + "\n");
        diagnosticsArea.appendText("agent=" + session.agentEmail() + ", session expires " + session.expiresAt() + "\n");
        if (Boolean.getBoolean("flaginspector.unmaskKeys")) {
            diagnosticsArea.appendText("posthog.personal-api-key.raw=" + config.getPersonalApiKey() + "\n");
        }
    }

    @FXML
    private void onCopy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(diagnosticsArea.getText());
        Clipboard.getSystemClipboard().setContent(content);
    }
}
