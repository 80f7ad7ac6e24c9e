package com.helpdeskly.flaginspector.ui;

import com.helpdeskly.flaginspector.config.ConsoleConfig;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** Region and host of the console; the PostHog key is shown read-only. */
public class SettingsController {

    @FXML
    private ChoiceBox<String> regionChoice;
    @FXML
    private TextField hostField;
    @FXML
    private PasswordField personalKeyField;
    @FXML
    private Label restartHint;

    private ConsoleConfig config;

    public void init(ConsoleConfig config) {
        this.config = config;
        Preferences prefs = config.preferences();
        regionChoice.getItems().setAll("us", "eu");
        regionChoice.setValue(prefs.get(ConsoleConfig.PREF_REGION, "us"));
        hostField.setText(config.getHost());
        personalKeyField.setText(config.getPersonalApiKey());
        personalKeyField.setEditable(false);
        restartHint.setVisible(false);
    }

    @FXML
    private void onSave() throws BackingStoreException {
        Preferences prefs = config.preferences();
        prefs.put(ConsoleConfig.PREF_REGION, regionChoice.getValue());
        prefs.put(ConsoleConfig.PREF_HOST, hostField.getText().trim());
        prefs.flush();
        restartHint.setVisible(true);
    }
}
