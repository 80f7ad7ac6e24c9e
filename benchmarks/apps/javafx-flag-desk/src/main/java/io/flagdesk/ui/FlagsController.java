package io.flagdesk.ui;

import io.flagdesk.AppContext;
import io.flagdesk.posthog.FeatureFlag;
import io.flagdesk.posthog.FlagSyncService;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Worker;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

/**
 * Flags tab: the project's feature flags, and an embedded page that previews a flag for a
 * given distinct id using posthog-js.
 */
public class FlagsController {

    private final AppContext context;
    private final ObservableList<FeatureFlag> flags = FXCollections.observableArrayList();

    @FXML private TableView<FeatureFlag> flagTable;
    @FXML private TableColumn<FeatureFlag, String> keyColumn;
    @FXML private TableColumn<FeatureFlag, String> nameColumn;
    @FXML private TableColumn<FeatureFlag, Boolean> activeColumn;
    @FXML private Label statusLabel;
    @FXML private WebView previewView;

    public FlagsController(AppContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        keyColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().key()));
        nameColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().displayName()));
        activeColumn.setCellValueFactory(c -> new SimpleBooleanProperty(c.getValue().active()));
        flagTable.setItems(flags);

        WebEngine engine = previewView.getEngine();
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                bootPreview(engine);
            }
        });
        engine.load(FlagsController.class.getResource("preview/index.html").toExternalForm());
        onRefresh();
    }

    private void bootPreview(WebEngine engine) {
        engine.executeScript("posthog.init('" + context.config().projectApiKey() + "', {api_host: 'https://eu.i.posthog.com'})");
        engine.executeScript("FlagPreview.enableLocalEvaluation('" + context.config().featureFlagsSecureApiKey() + "')");
    }

    @FXML
    private void onRefresh() {
        statusLabel.setText("Syncing…");
        context.flagSync().syncAll().whenComplete((result, error) -> Platform.runLater(() -> {
            if (error == null) {
                flags.setAll(result);
                statusLabel.setText(result.size() + " flags");
            } else if (error instanceof CompletionException ce
                    && ce.getCause() instanceof FlagSyncService.FlagSyncFailure failure) {
                statusLabel.setText("Sync failed (HTTP " + failure.statusCode() + "), see log");
            } else {
                statusLabel.setText("Sync failed, see log");
            }
        }));
    }
}
