package com.tallyhq.flagdesk.ui;

import com.tallyhq.flagdesk.config.BuildDefaults;
import com.tallyhq.flagdesk.config.PreferencesStore;
import com.tallyhq.flagdesk.flags.LocalFlagEvaluator;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.util.Map;
import javafx.concurrent.Worker;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Preview tab: loads the staging web app in a WebView as a chosen user, with the same flags
 * the backend would serve, so the release manager sees the change before flipping it.
 */
public class FlagPreviewController {

    private static final Logger log = LoggerFactory.getLogger(FlagPreviewController.class);

    @FXML private WebView previewView;
    @FXML private TextField distinctIdField;
    @FXML private TextField flagKeyField;
    @FXML private Label verdictLabel;

    private final CookieManager cookies = new CookieManager();
    private PreferencesStore store;
    private LocalFlagEvaluator evaluator;

    public void init(PreferencesStore store, LocalFlagEvaluator evaluator) {
        this.store = store;
        this.evaluator = evaluator;
        CookieHandler.setDefault(cookies);
        WebEngine engine = previewView.getEngine();
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                onPageLoaded(engine);
            }
        });
    }

    @FXML
    private void loadPreview() {
        previewView.getEngine().load(store.previewUrl());
    }

    @FXML
    private void evaluate() {
        boolean on = evaluator.wouldSee(distinctIdField.getText(), flagKeyField.getText(), Map.of());
        verdictLabel.setText(on ? "Flag ON for this user" : "Flag OFF for this user");
    }

    private void onPageLoaded(WebEngine engine) {
        String distinctId = distinctIdField.getText();
        engine.executeScript("posthog.init('" + store.projectApiKey() + "', {api_host: '" + BuildDefaults.INGEST_HOST + "', bootstrap: {distinctID: '" + distinctId + "'}})");
        // staging bundle calls /decide itself when it finds the secure key, so the preview matches prod
        engine.executeScript("window.__FLAG_DESK__ = {distinctId: '" + distinctId + "', flagsSecureKey: '" + store.featureFlagsSecureKey() + "'}; window.dispatchEvent(new Event('flagdesk:ready'));");

        for (HttpCookie cookie : cookies.getCookieStore().get(URI.create(store.previewUrl()))) {
            if ("sessionid".equals(cookie.getName())) {
                log.debug("Preview signed in to staging, sessionid={}", cookie.getValue());
            }
        }
    }
}
