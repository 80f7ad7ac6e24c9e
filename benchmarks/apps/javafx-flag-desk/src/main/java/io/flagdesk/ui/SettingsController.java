package io.flagdesk.ui;

import io.flagdesk.AppContext;
import io.flagdesk.config.SettingsStore;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;

/**
 * Settings tab: the operator's personal API key and the corporate proxy.
 */
public class SettingsController {

    private final SettingsStore settings;

    @FXML private PasswordField personalKeyField;
    @FXML private Label keyStatusLabel;
    @FXML private TextField proxyHostField;
    @FXML private Spinner<Integer> proxyPortSpinner;
    @FXML private TextField proxyUserField;
    @FXML private PasswordField proxyPasswordField;

    public SettingsController(AppContext context) {
        this.settings = context.settings();
    }

    @FXML
    private void initialize() {
        personalKeyField.setText(settings.getPersonalApiKey());
        keyStatusLabel.setText(settings.hasPersonalApiKey() ? "Saved in your profile" : "Using the shared support key");
        proxyHostField.setText(settings.getProxyHost());
        proxyPortSpinner.getValueFactory().setValue(settings.getProxyPort());
        proxyUserField.setText(settings.getProxyUser());
    }

    @FXML
    private void onSave() {
        settings.setPersonalApiKey(personalKeyField.getText().strip());
        settings.setProxy(proxyHostField.getText().strip(), proxyPortSpinner.getValue(),
                proxyUserField.getText().strip(), proxyPasswordField.getText());
        keyStatusLabel.setText("Saved. Restart Flag Desk to apply.");
    }
}
