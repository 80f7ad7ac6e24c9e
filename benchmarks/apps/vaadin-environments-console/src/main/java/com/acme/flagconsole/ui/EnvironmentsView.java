package com.acme.flagconsole.ui;

import com.acme.flagconsole.domain.FlagEnvironment;
import com.acme.flagconsole.domain.FlagEnvironment.ApiKeyType;
import com.acme.flagconsole.posthog.PostHogAdminClient;
import com.acme.flagconsole.service.EnvironmentService;
import com.acme.flagconsole.service.FlagAuditService;
import com.acme.flagconsole.service.FlagSyncService;
import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import java.util.ArrayList;
import java.util.List;

@Route(value = "", layout = MainLayout.class)
@PageTitle("Environments | Flag Console")
public class EnvironmentsView extends VerticalLayout {

    private final EnvironmentService environmentService;
    private final FlagSyncService flagSyncService;
    private final PostHogAdminClient adminClient;
    private final FlagAuditService auditService;

    private final Grid<FlagEnvironment> environmentGrid = new Grid<>(FlagEnvironment.class, false);
    private final Grid<JsonNode> flagGrid = new Grid<>();

    public EnvironmentsView(EnvironmentService environmentService,
                            FlagSyncService flagSyncService,
                            PostHogAdminClient adminClient,
                            FlagAuditService auditService) {
        this.environmentService = environmentService;
        this.flagSyncService = flagSyncService;
        this.adminClient = adminClient;
        this.auditService = auditService;
        setSizeFull();

        environmentGrid.addColumn(FlagEnvironment::getName).setHeader("Environment").setSortable(true);
        environmentGrid.addColumn(FlagEnvironment::getPosthogProjectId).setHeader("Project");
        environmentGrid.addColumn(FlagEnvironment::getHost).setHeader("Host");
        environmentGrid.addColumn(FlagEnvironment::getProjectApiKey).setHeader("Project API key");
        environmentGrid.addColumn(environmentService::maskedSecureKey).setHeader("Secure key");
        environmentGrid.addColumn(FlagEnvironment::getKeyType).setHeader("Key type");
        environmentGrid.addComponentColumn(env -> new Button("Edit", e -> openEditor(env))).setAutoWidth(true);
        environmentGrid.asSingleSelect().addValueChangeListener(e -> showFlags(e.getValue()));
        environmentGrid.setItems(environmentService.findAll());

        flagGrid.addColumn(flag -> flag.path("key").asText()).setHeader("Flag");
        flagGrid.addColumn(flag -> flag.path("name").asText()).setHeader("Description");
        flagGrid.addColumn(flag -> flag.path("rollout_percentage").asText("-")).setHeader("Rollout %");
        flagGrid.addComponentColumn(this::activeToggle).setHeader("Active");

        Button add = new Button("New environment", e -> openEditor(new FlagEnvironment()));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(add, environmentGrid, flagGrid);
    }

    private void showFlags(FlagEnvironment environment) {
        if (environment == null) {
            flagGrid.setItems(List.of());
            return;
        }
        JsonNode response = flagSyncService.sync(environment);
        List<JsonNode> flags = new ArrayList<>();
        if (response != null) {
            response.path("results").forEach(flags::add);
        }
        flagGrid.setItems(flags);
        getElement().executeJs("window.flagPreview && window.flagPreview.configure({host: $0, token: $1, secureKey: $2})",
                environment.getHost(), environment.getProjectApiKey(), environment.getSecureApiKey());
    }

    private Checkbox activeToggle(JsonNode flag) {
        Checkbox toggle = new Checkbox(flag.path("active").asBoolean());
        toggle.addValueChangeListener(e -> {
            FlagEnvironment environment = environmentGrid.asSingleSelect().getValue();
            if (environment == null || !e.isFromClient()) {
                return;
            }
            try {
                adminClient.patchFlag(environment.getPosthogProjectId(), flag.path("id").asLong(), e.getValue());
                auditService.flagToggled(currentUser(), environment.getName(), flag.path("key").asText(), e.getValue());
            } catch (PostHogAdminClient.AdminApiException ex) {
                toggle.setValue(e.getOldValue());
                Notification.show(ex.getMessage(), 5000, Notification.Position.BOTTOM_END)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        return toggle;
    }

    private void openEditor(FlagEnvironment environment) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(environment.getId() == null ? "New environment" : "Edit " + environment.getName());

        TextField name = new TextField("Name");
        IntegerField projectId = new IntegerField("PostHog project id");
        TextField host = new TextField("Ingestion host");
        TextField projectApiKey = new TextField("Project API key");
        PasswordField secureApiKey = new PasswordField("Feature flags secure API key");
        secureApiKey.setPlaceholder(environment.getId() == null ? "phs_..." : "Leave empty to keep the current key");
        ComboBox<ApiKeyType> keyType = new ComboBox<>("Local evaluation key", ApiKeyType.values());

        Binder<FlagEnvironment> binder = new Binder<>(FlagEnvironment.class);
        binder.forField(name).asRequired().bind(FlagEnvironment::getName, FlagEnvironment::setName);
        binder.forField(projectId).asRequired()
                .bind(env -> env.getPosthogProjectId() == null ? null : env.getPosthogProjectId().intValue(),
                        (env, value) -> env.setPosthogProjectId(value.longValue()));
        binder.forField(host).asRequired().bind(FlagEnvironment::getHost, FlagEnvironment::setHost);
        binder.forField(projectApiKey).asRequired()
                .withValidator(value -> value.startsWith("phc_"), "Project API keys start with phc_")
                .bind(FlagEnvironment::getProjectApiKey, FlagEnvironment::setProjectApiKey);
        binder.forField(keyType).bind(FlagEnvironment::getKeyType, FlagEnvironment::setKeyType);
        binder.readBean(environment);

        Button save = new Button("Save", e -> {
            try {
                binder.writeBean(environment);
                if (!secureApiKey.isEmpty()) {
                    environment.setSecureApiKey(secureApiKey.getValue());
                }
                environmentService.save(environment);
                environmentGrid.setItems(environmentService.findAll());
                dialog.close();
                Notification.show("Environment " + environment.getName() + " saved")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ValidationException ex) {
                Notification.show("Please fix the highlighted fields");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        dialog.add(new FormLayout(name, projectId, host, projectApiKey, secureApiKey, keyType));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private static String currentUser() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && request.getRemoteUser() != null ? request.getRemoteUser() : "anonymous";
    }
}
