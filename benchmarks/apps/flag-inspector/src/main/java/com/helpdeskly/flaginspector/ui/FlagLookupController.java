package com.helpdeskly.flaginspector.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.helpdeskly.flaginspector.api.FlagApiClient;
import com.helpdeskly.flaginspector.api.FlagLookupException;
import com.helpdeskly.flaginspector.api.FlagLookupResult;
import com.helpdeskly.flaginspector.config.ConsoleConfig;
import com.helpdeskly.flaginspector.config.KeyMask;
import com.helpdeskly.flaginspector.config.PostHogDefaults;
import com.helpdeskly.flaginspector.gateway.SupportSession;
import com.helpdeskly.flaginspector.telemetry.Telemetry;
import com.posthog.server.PostHogInterface;
import java.io.IOException;
import java.util.function.Consumer;
import javafx.concurrent.Worker;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Main screen: look up a customer's flags; the flag explorer (a local web page) shows the details. */
public class FlagLookupController {

    private static final Logger LOG = LoggerFactory.getLogger(FlagLookupController.class);

    @FXML
    private TextField distinctIdField;
    @FXML
    private Label statusLabel;
    @FXML
    private Label keyLabel;
    @FXML
    private Label modeLabel;
    @FXML
    private WebView explorerView;

    private final ObjectMapper mapper = new ObjectMapper();
    private ConsoleConfig config;
    private SupportSession session;
    private FlagApiClient api;
    private PostHogInterface evaluator;
    private Telemetry telemetry;

    public void init(ConsoleConfig config, SupportSession session, FlagApiClient api, PostHogInterface evaluator,
                     Telemetry telemetry) {
        this.config = config;
        this.session = session;
        this.api = api;
        this.evaluator = evaluator;
        this.telemetry = telemetry;
        keyLabel.setText("PostHog key " + KeyMask.mask(config.getPersonalApiKey()));
        modeLabel.setText(config.hasPersonalApiKey() ? "Local evaluation" : "Remote evaluation");
        WebEngine engine = explorerView.getEngine();
        engine.getLoadWorker().stateProperty().addListener((observable, previous, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                engine.executeScript("explorer.init('" + PostHogDefaults.TOOLING_PROJECT_KEY + "', '" + config.getHost() + "')");
                engine.executeScript("explorer.connect('" + config.getApiHost() + "', '" + config.getProjectId() + "', '"
                        + config.getPersonalApiKey() + "')");
            }
        });
        engine.load(getClass().getResource("/com/helpdeskly/flaginspector/explorer/flag-explorer.html").toExternalForm());
    }

    @FXML
    private void onLookup() {
        String distinctId = distinctIdField.getText().trim();
        if (distinctId.isEmpty()) {
            statusLabel.setText("Enter the customer's distinct id");
            return;
        }
        try {
            FlagLookupResult result = api.lookup(distinctId);
            explorerView.getEngine().executeScript("explorer.show(" + mapper.writeValueAsString(result.flags()) + ")");
            Object checkout = evaluator.getFeatureFlag(distinctId, "new-checkout");
            statusLabel.setText(result.flags().size() + " flags for " + distinctId + ", new-checkout=" + checkout);
            telemetry.lookupPerformed(distinctId, result.flags().size());
        } catch (FlagLookupException e) {
            statusLabel.setText(e.getMessage());
        } catch (IOException e) {
            LOG.warn("Lookup for {} failed", distinctId, e);
            statusLabel.setText("PostHog unreachable: " + e.getMessage());
        }
    }

    @FXML
    private void onOpenSettings() throws IOException {
        openDialog("settings.fxml", "Settings", loader -> ((SettingsController) loader.getController()).init(config));
    }

    @FXML
    private void onOpenDiagnostics() throws IOException {
        openDialog("diagnostics.fxml", "Diagnostics",
                loader -> ((DiagnosticsController) loader.getController()).show(config, session));
    }

    private void openDialog(String fxml, String title, Consumer<FXMLLoader> initializer) throws IOException {
        FXMLLoader loader = new FXMLLoader(getClass().getResource(fxml));
        Parent root = loader.load();
        initializer.accept(loader);
        Stage dialog = new Stage();
        dialog.initModality(Modality.APPLICATION_MODAL);
        dialog.setTitle(title);
        dialog.setScene(new Scene(root));
        dialog.show();
    }
}
