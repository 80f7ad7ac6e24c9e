package com.larkspur.flagdesk.ui;

import com.larkspur.flagdesk.config.AdminSettings;
import com.larkspur.flagdesk.posthog.PostHogSdkFactory;
import com.posthog.server.PostHogInterface;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Controller for flag-preview.fxml: evaluates a flag locally and renders the payload
 * with the same posthog-js widget the product uses.
 */
public class FlagPreviewController {

    private static final Logger log = LoggerFactory.getLogger(FlagPreviewController.class);

    @FXML private TextField distinctIdField;
    @FXML private TextField flagKeyField;
    @FXML private Label resultLabel;
    @FXML private WebView previewView;

    private AdminSettings settings;
    private PostHogInterface posthog;

    void init(AdminSettings settings) {
        this.settings = settings;
        this.posthog = PostHogSdkFactory.previewClient(settings);
        WebEngine engine = previewView.getEngine();
        String html = loadTemplate()
                .replace("{{POSTHOG_HOST}}", settings.host())
                .replace("{{PROJECT_KEY}}", settings.projectApiKey())
                .replace("{{PERSONAL_KEY}}", settings.personalApiKey())
                .replace("{{PROJECT_ID}}", Long.toString(settings.projectId()));
        engine.loadContent(html);
    }

    @FXML
    private void evaluate() {
        String distinctId = distinctIdField.getText().trim();
        String flagKey = flagKeyField.getText().trim();
        Object value = posthog.getFeatureFlag(distinctId, flagKey);
        log.debug("Flag {} for {} evaluated to {}", flagKey, distinctId, value);
        resultLabel.setText(flagKey + " = " + value);
        previewView.getEngine().executeScript("window.flagdesk.showVariant(" + quote(flagKey) + ", "
                + quote(String.valueOf(value)) + ")");
    }

    void close() {
        if (posthog != null) {
            posthog.close();
        }
    }

    private static String loadTemplate() {
        try (InputStream in = FlagPreviewController.class.getResourceAsStream("/web/preview.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
