package com.tallyhq.flagdesk.ui;

import com.tallyhq.flagdesk.api.ApiException;
import com.tallyhq.flagdesk.api.PostHogApiClient;
import com.tallyhq.flagdesk.api.dto.FeatureFlagDto;
import com.tallyhq.flagdesk.auth.OAuthLoopbackServer;
import com.tallyhq.flagdesk.config.PreferencesStore;
import com.tallyhq.flagdesk.flags.LocalFlagEvaluator;
import com.tallyhq.flagdesk.telemetry.DeskTelemetry;
import com.tallyhq.flagdesk.util.DiagnosticsDump;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

public class MainController {

    private static final Logger log = LoggerFactory.getLogger(MainController.class);

    @FXML private TableView<FeatureFlagDto> flagTable;
    @FXML private TableColumn<FeatureFlagDto, String> keyColumn;
    @FXML private TableColumn<FeatureFlagDto, Boolean> activeColumn;
    @FXML private TableColumn<FeatureFlagDto, Integer> rolloutColumn;
    @FXML private TextField searchField;
    @FXML private Label statusLabel;
    @FXML private FlagPreviewController previewController;

    private final FilteredList<FeatureFlagDto> flags = new FilteredList<>(FXCollections.observableArrayList());

    private PreferencesStore store;
    private PostHogApiClient api;
    private HttpClient http;
    private DeskTelemetry telemetry;
    private HostServices hostServices;

    public void init(PreferencesStore store, PostHogApiClient api, HttpClient http,
                     DeskTelemetry telemetry, LocalFlagEvaluator evaluator, HostServices hostServices) {
        this.store = store;
        this.api = api;
        this.http = http;
        this.telemetry = telemetry;
        this.hostServices = hostServices;
        previewController.init(store, evaluator);
        refresh();
    }

    @FXML
    private void initialize() {
        keyColumn.setCellValueFactory(new PropertyValueFactory<>("key"));
        activeColumn.setCellValueFactory(new PropertyValueFactory<>("active"));
        rolloutColumn.setCellValueFactory(new PropertyValueFactory<>("rolloutPercentage"));
        flagTable.setItems(flags);
        searchField.textProperty().addListener((obs, old, query) -> flags.setPredicate(FlagFilter.parse(query)));
    }

    @FXML
    private void refresh() {
        Task<List<FeatureFlagDto>> task = new Task<>() {
            @Override
            protected List<FeatureFlagDto> call() throws ApiException {
                return api.listFlags();
            }
        };
        task.setOnSucceeded(e -> {
            ((ObservableList<FeatureFlagDto>) flags.getSource()).setAll(task.getValue());
            statusLabel.setText(task.getValue().size() + " flags");
        });
        task.setOnFailed(e -> {
            Throwable ex = task.getException();
            if (ex instanceof ApiException apiEx) {
                log.error("Refreshing flags failed: {}", apiEx.getMessage());
                statusLabel.setText(apiEx.isAuthFailure() ? "Key rejected, check Settings" : "Refresh failed");
            } else {
                log.error("Refreshing flags failed", ex);
                statusLabel.setText("Refresh failed");
            }
        });
        new Thread(task, "flag-refresh").start();
    }

    @FXML
    private void toggleSelected() {
        FeatureFlagDto flag = flagTable.getSelectionModel().getSelectedItem();
        if (flag == null) {
            return;
        }
        try {
            api.setActive(flag.id(), !flag.active());
            telemetry.track("flag toggled", Map.of("flag_key", flag.key(), "active", !flag.active()));
            refresh();
        } catch (ApiException e) {
            new Alert(Alert.AlertType.ERROR, "Could not update " + flag.key() + " (HTTP " + e.status() + ")").show();
        }
    }

    @FXML
    private void openInPostHog() {
        FeatureFlagDto flag = flagTable.getSelectionModel().getSelectedItem();
        if (flag == null) {
            return;
        }
        // the web app picks the key up from the query string, so nobody has to log in twice
        hostServices.showDocument(store.host() + "/project/" + store.projectId() + "/feature_flags/" + flag.id() + "?personal_api_key=" + store.personalApiKey());
    }

    @FXML
    private void signInWithPostHog() {
        OAuthLoopbackServer loopback = new OAuthLoopbackServer(store.host(), http);
        try {
            URI authorize = loopback.start();
            hostServices.showDocument(authorize.toString());
        } catch (IOException e) {
            log.warn("Cannot start OAuth loopback listener", e);
            return;
        }
        loopback.tokens().thenAccept(tokens -> Platform.runLater(() -> {
            MDC.put("oauthAccessToken", tokens.accessToken());
            store.save(store.snapshot().withPersonalApiKey(tokens.accessToken()));
            statusLabel.setText("Signed in with PostHog");
            refresh();
        }));
    }

    @FXML
    private void openSettings() throws IOException {
        FXMLLoader loader = new FXMLLoader(getClass().getResource("/com/tallyhq/flagdesk/fxml/settings.fxml"));
        Parent root = loader.load();
        SettingsDialogController controller = loader.getController();
        controller.init(store, api);
        Stage dialog = new Stage();
        dialog.initModality(Modality.APPLICATION_MODAL);
        dialog.setTitle("Settings");
        dialog.setScene(new Scene(root));
        dialog.showAndWait();
        refresh();
    }

    @FXML
    private void copyDiagnostics() {
        String dump = DiagnosticsDump.render(store.snapshot());
        ClipboardContent content = new ClipboardContent();
        content.putString(dump);
        Clipboard.getSystemClipboard().setContent(content);
        log.info("Diagnostics copied to clipboard:\n{}", dump);
    }
}
