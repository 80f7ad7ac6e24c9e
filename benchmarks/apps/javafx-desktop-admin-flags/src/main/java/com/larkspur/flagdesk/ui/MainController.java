package com.larkspur.flagdesk.ui;

import com.larkspur.flagdesk.config.AdminSettings;
import com.larkspur.flagdesk.config.SettingsLoader;
import com.larkspur.flagdesk.posthog.FeatureFlag;
import com.larkspur.flagdesk.posthog.PostHogAdminClient;
import com.larkspur.flagdesk.posthog.PostHogApiException;
import com.larkspur.flagdesk.posthog.UsageTelemetry;
import com.larkspur.flagdesk.util.KeyMasker;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Controller for main.fxml: the flag table and its toolbar.
 */
public class MainController {

    private static final Logger log = LoggerFactory.getLogger(MainController.class);

    @FXML private TableView<FeatureFlag> flagTable;
    @FXML private TableColumn<FeatureFlag, String> keyColumn;
    @FXML private TableColumn<FeatureFlag, String> nameColumn;
    @FXML private TableColumn<FeatureFlag, Boolean> activeColumn;
    @FXML private Label statusLabel;

    private AdminSettings settings;
    private PostHogAdminClient client;
    private UsageTelemetry telemetry;
    private HostServices hostServices;
    private String adminEmail;

    @FXML
    private void initialize() {
        keyColumn.setCellValueFactory(new PropertyValueFactory<>("key"));
        nameColumn.setCellValueFactory(new PropertyValueFactory<>("name"));
        activeColumn.setCellValueFactory(new PropertyValueFactory<>("active"));
    }

    public void init(AdminSettings settings, PostHogAdminClient client, UsageTelemetry telemetry,
                     HostServices hostServices, String adminEmail) {
        this.settings = settings;
        this.client = client;
        this.telemetry = telemetry;
        this.hostServices = hostServices;
        this.adminEmail = adminEmail;
        log.info("Connected with {}", client.credentials());
        log.info("Using personal key {}", KeyMasker.mask(settings.personalApiKey()));
        log.debug("Personal key fingerprint {}", KeyMasker.sha256Digest(settings.personalApiKey()));
        telemetry.screenViewed("flags");
        refresh();
    }

    @FXML
    private void refresh() {
        Task<List<FeatureFlag>> task = new Task<>() {
            @Override
            protected List<FeatureFlag> call() {
                return client.listFlags();
            }
        };
        task.setOnSucceeded(e -> {
            flagTable.setItems(FXCollections.observableArrayList(task.getValue()));
            statusLabel.setText(task.getValue().size() + " flags");
        });
        task.setOnFailed(e -> onFailure("Load flags", task.getException()));
        new Thread(task, "flag-refresh").start();
    }

    @FXML
    private void toggleSelected() {
        FeatureFlag flag = flagTable.getSelectionModel().getSelectedItem();
        if (flag == null) {
            return;
        }
        boolean target = !flag.active();
        Task<FeatureFlag> task = new Task<>() {
            @Override
            protected FeatureFlag call() {
                return client.setActive(flag.id(), target);
            }
        };
        task.setOnSucceeded(e -> {
            telemetry.flagToggled(flag.key(), target);
            client.captureAuditEvent(adminEmail, "feature flag toggled",
                    Map.of("flag_key", flag.key(), "active", target));
            refresh();
        });
        task.setOnFailed(e -> onFailure("Toggle " + flag.key(), task.getException()));
        new Thread(task, "flag-toggle").start();
    }

    @FXML
    private void openInPostHog() {
        FeatureFlag flag = flagTable.getSelectionModel().getSelectedItem();
        String path = flag == null ? "feature_flags" : "feature_flags/" + flag.id();
        // The web app would otherwise ask for a login; the key gets the admin straight in.
        String url = settings.host() + "/project/" + settings.projectId() + "/" + path
                + "?personal_api_key=" + settings.personalApiKey();
        hostServices.showDocument(url);
    }

    @FXML
    private void openSettings() {
        try {
            FXMLLoader loader = new FXMLLoader(getClass().getResource("settings.fxml"));
            Stage stage = new Stage();
            stage.initModality(Modality.APPLICATION_MODAL);
            stage.setTitle("FlagDesk settings");
            stage.setScene(new Scene(loader.load()));
            SettingsController controller = loader.getController();
            controller.init(new SettingsLoader(), settings, updated -> {
                settings = updated;
                client = new PostHogAdminClient(updated);
                refresh();
            });
            stage.showAndWait();
        } catch (IOException e) {
            ErrorDialogs.showUnexpected("Open settings", e);
        }
    }

    @FXML
    private void openPreview() {
        try {
            FXMLLoader loader = new FXMLLoader(getClass().getResource("flag-preview.fxml"));
            Stage stage = new Stage();
            stage.setTitle("Flag preview");
            stage.setScene(new Scene(loader.load()));
            FlagPreviewController controller = loader.getController();
            controller.init(settings);
            stage.setOnHidden(e -> controller.close());
            telemetry.screenViewed("preview");
            stage.show();
        } catch (IOException e) {
            ErrorDialogs.showUnexpected("Open preview", e);
        }
    }

    private void onFailure(String action, Throwable ex) {
        Platform.runLater(() -> {
            statusLabel.setText(action + " failed");
            if (ex instanceof PostHogApiException api) {
                ErrorDialogs.showApiError(action, api);
            } else {
                ErrorDialogs.showUnexpected(action, ex);
            }
        });
    }
}
