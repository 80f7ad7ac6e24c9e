package com.helpdeskly.flaginspector.ui;

import com.helpdeskly.flaginspector.config.ConsoleConfig;
import com.helpdeskly.flaginspector.gateway.GatewayAuthException;
import com.helpdeskly.flaginspector.gateway.GatewayClient;
import com.helpdeskly.flaginspector.gateway.SupportSession;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sign-in screen: support-gateway e-mail and password. */
public class LoginController {

    private static final Logger LOG = LoggerFactory.getLogger(LoginController.class);

    @FXML
    private TextField emailField;
    @FXML
    private PasswordField passwordField;
    @FXML
    private CheckBox rememberBox;
    @FXML
    private Label errorLabel;
    @FXML
    private Button signInButton;

    private GatewayClient gateway;
    private Preferences prefs;
    private Consumer<SupportSession> onSignedIn;

    public void init(GatewayClient gateway, Preferences prefs, Consumer<SupportSession> onSignedIn) {
        this.gateway = gateway;
        this.prefs = prefs;
        this.onSignedIn = onSignedIn;
        emailField.setText(prefs.get(ConsoleConfig.PREF_LAST_AGENT, ""));
        rememberBox.setSelected(prefs.getBoolean(ConsoleConfig.PREF_REMEMBER_SESSION, false));
    }

    @FXML
    private void onSignIn() {
        String email = emailField.getText().trim();
        String password = passwordField.getText();
        LOG.debug("Sign-in attempt for {} (password length {})", email, password.length());
        signInButton.setDisable(true);
        try {
            SupportSession session = gateway.login(email, password);
            LOG.info("Support session opened: {}", session);
            LOG.info("Agent {} signed in until {}", session.agentEmail(), session.expiresAt());
            prefs.put(ConsoleConfig.PREF_LAST_AGENT, email);
            prefs.putBoolean(ConsoleConfig.PREF_REMEMBER_SESSION, rememberBox.isSelected());
            if (rememberBox.isSelected()) {
                prefs.put(ConsoleConfig.PREF_GATEWAY_TOKEN, session.accessToken());
            }
            passwordField.clear();
            onSignedIn.accept(session);
        } catch (GatewayAuthException e) {
            errorLabel.setText("Sign-in failed. Check your e-mail address and password.");
        } catch (IOException e) {
            errorLabel.setText("Support gateway unreachable (" + e.getClass().getSimpleName() + ")");
        } finally {
            signInButton.setDisable(false);
        }
    }

    public void restoreRememberedSession() {
        String email = prefs.get(ConsoleConfig.PREF_LAST_AGENT, null);
        String gatewayToken = prefs.get(ConsoleConfig.PREF_GATEWAY_TOKEN, null);
        if (email == null || gatewayToken == null || !prefs.getBoolean(ConsoleConfig.PREF_REMEMBER_SESSION, false)) {
            return;
        }
        LOG.debug("Resuming remembered session of {} with gateway token {}", email, gatewayToken);
        try {
            onSignedIn.accept(gateway.resume(email, gatewayToken));
        } catch (GatewayAuthException | IOException e) {
            LOG.info("Remembered session not usable, signing in again");
            prefs.remove(ConsoleConfig.PREF_GATEWAY_TOKEN);
        }
    }
}
