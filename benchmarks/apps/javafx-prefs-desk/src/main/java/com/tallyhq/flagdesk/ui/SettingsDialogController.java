package com.tallyhq.flagdesk.ui;

import com.tallyhq.flagdesk.api.ApiException;
import com.tallyhq.flagdesk.api.PostHogApiClient;
import com.tallyhq.flagdesk.api.dto.PersonalKeyInfo;
import com.tallyhq.flagdesk.config.DeskSettings;
import com.tallyhq.flagdesk.config.PreferencesStore;
import com.tallyhq.flagdesk.util.KeyMasker;
import java.util.List;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class SettingsDialogController {

    private static final Logger log = LoggerFactory.getLogger(SettingsDialogController.class);

    /** Secure key of the sandbox project, offered by the "Use sandbox" button for onboarding. */
    private static final String SANDBOX_SECURE_KEY = "phs_FjqNT5AUmsyhi98Qetw6YyyAGmfHxEdC8SA89DWGbZbUEMht";

    @FXML private TextField hostField;
    @FXML private TextField projectIdField;
    @FXML private TextField projectKeyField;
    @FXML private PasswordField personalKeyField;
    @FXML private PasswordField secureKeyField;
    @FXML private TextField previewUrlField;
    @FXML private TextField proxyHostField;
    @FXML private TextField proxyPortField;
    @FXML private TextField proxyUserField;
    @FXML private PasswordField proxyPasswordField;
    @FXML private CheckBox verboseSdkBox;
    @FXML private Label keyStatusLabel;

    private PreferencesStore store;
    private PostHogApiClient api;

    public void init(PreferencesStore store, PostHogApiClient api) {
        this.store = store;
        this.api = api;
        DeskSettings s = store.snapshot();
        hostField.setText(s.host());
        projectIdField.setText(Long.toString(s.projectId()));
        projectKeyField.setText(s.projectApiKey());
        personalKeyField.setText(s.personalApiKey());
        secureKeyField.setText(s.featureFlagsSecureKey());
        previewUrlField.setText(s.previewUrl());
        proxyHostField.setText(s.proxyHost());
        proxyPortField.setText(Integer.toString(s.proxyPort()));
        proxyUserField.setText(s.proxyUser());
        proxyPasswordField.setText(s.proxyPassword());
        verboseSdkBox.setSelected(s.verboseSdk());
        keyStatusLabel.setText("Current key: " + KeyMasker.mask(s.personalApiKey()));
    }

    @FXML
    private void useSandbox() {
        secureKeyField.setText(SANDBOX_SECURE_KEY);
        keyStatusLabel.setText("Sandbox secure key loaded");
    }

    @FXML
    private void testConnection() {
        String key = personalKeyField.getText().strip();
        log.info("Testing connection: key present={}, length={}, personal={}",
                !key.isEmpty(), key.length(), key.startsWith("phx_"));
        store.save(collect());
        Task<List<PersonalKeyInfo>> task = new Task<>() {
            @Override
            protected List<PersonalKeyInfo> call() throws ApiException {
                return api.listPersonalKeys();
            }
        };
        task.setOnSucceeded(e -> keyStatusLabel.setText("OK, " + task.getValue().size() + " keys on this account"));
        task.setOnFailed(e -> keyStatusLabel.setText("Connection failed"));
        new Thread(task, "settings-test").start();
    }

    @FXML
    private void save() {
        DeskSettings settings = collect();
        store.save(settings);
        log.debug("Settings saved: {}", settings);
        close();
    }

    @FXML
    private void close() {
        ((Stage) hostField.getScene().getWindow()).close();
    }

    private DeskSettings collect() {
        return new DeskSettings(
                hostField.getText().strip(),
                Long.parseLong(projectIdField.getText().strip()),
                projectKeyField.getText().strip(),
                personalKeyField.getText().strip(),
                secureKeyField.getText().strip(),
                previewUrlField.getText().strip(),
                proxyHostField.getText().strip(),
                Integer.parseInt(proxyPortField.getText().strip()),
                proxyUserField.getText().strip(),
                proxyPasswordField.getText(),
                verboseSdkBox.isSelected());
    }
}
