package com.larkspur.flagdesk.ui;

import com.larkspur.flagdesk.config.AdminSettings;
import com.larkspur.flagdesk.config.SettingsLoader;
import com.larkspur.flagdesk.util.KeyMasker;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Controller for settings.fxml (File > Settings).
 */
public class SettingsController {

    private static final Logger log = LoggerFactory.getLogger(SettingsController.class);

    @FXML private TextField hostField;
    @FXML private PasswordField personalKeyField;
    @FXML private PasswordField secureKeyField;
    @FXML private Label currentKeyLabel;
    @FXML private Label validationLabel;

    private SettingsLoader loader;
    private AdminSettings current;
    private Consumer<AdminSettings> onSaved;

    void init(SettingsLoader loader, AdminSettings current, Consumer<AdminSettings> onSaved) {
        this.loader = loader;
        this.current = current;
        this.onSaved = onSaved;
        hostField.setText(current.host());
        currentKeyLabel.setText("Current key: " + KeyMasker.mask(current.personalApiKey()));
    }

    @FXML
    private void save() {
        String personalKey = personalKeyField.getText().trim();
        String secureKey = secureKeyField.getText().trim();
        if (!personalKey.isEmpty() && !personalKey.startsWith("phx_")) {
            validationLabel.setText("A personal API key starts with phx_");
            return;
        }
        AdminSettings updated = current.withKeys(
                personalKey.isEmpty() ? current.personalApiKey() : personalKey,
                secureKey.isEmpty() ? current.flagsSecureKey() : secureKey);
        loader.save(updated);
        log.info("Settings saved: {}", updated);
        onSaved.accept(updated);
        ((Stage) hostField.getScene().getWindow()).close();
    }

    @FXML
    private void cancel() {
        ((Stage) hostField.getScene().getWindow()).close();
    }
}
