package io.flagdesk.ui;

import io.flagdesk.AppContext;
import io.flagdesk.config.SettingsStore;
import java.net.URI;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/**
 * About / Diagnostics tab: versions, endpoints and a "copy CLI environment" helper for support.
 */
public class DiagnosticsController {

    private final String profile;
    private final URI host;
    private final long projectId;
    private final SettingsStore settings;

    @FXML private TextArea diagnosticsArea;
    @FXML private Label fingerprintLabel;
    @FXML private Label copyStatusLabel;

    public DiagnosticsController(AppContext context) {
        this.profile = context.config().profile();
        this.host = context.config().host();
        this.projectId = context.config().projectId();
        this.settings = context.settings();
    }

    @FXML
    private void initialize() {
        diagnosticsArea.setText(String.join("\n",
                "Flag Desk " + getClass().getPackage().getImplementationVersion(),
                "Java " + System.getProperty("java.version") + " / JavaFX " + System.getProperty("javafx.runtime.version"),
                "Profile: " + profile,
                "PostHog host: " + host,
                "Project id: " + projectId));
        fingerprintLabel.setText("Key fingerprint: " + settings.personalKeyFingerprint());
    }

    /** Lets support paste the same environment into the flagdesk-cli. */
    @FXML
    private void onCopyCliEnvironment() {
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, "export POSTHOG_PERSONAL_API_KEY=" + settings.getPersonalApiKey()));
        copyStatusLabel.setText("Copied to clipboard");
    }
}
