package com.acme.flagconsole.ui;

import com.acme.flagconsole.config.PostHogProperties;
import com.acme.flagconsole.domain.FlagEnvironment;
import com.acme.flagconsole.service.EnvironmentService;
import com.acme.flagconsole.service.FlagAuditService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.StringUtils;

@Route(value = "settings", layout = MainLayout.class)
@PageTitle("Settings | Flag Console")
public class SettingsView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(SettingsView.class);

    private final PostHogProperties properties;
    private final EnvironmentService environmentService;
    private final FlagAuditService auditService;

    private final TextField projectKeyField = new TextField("Project API key");
    private final TextField personalKeyField = new TextField("Personal API key");
    private final IntegerField pollField = new IntegerField("Flag poll interval (seconds)");
    private final Checkbox debugCheckbox = new Checkbox("SDK debug logging");
    private final ComboBox<FlagEnvironment> environmentBox = new ComboBox<>("Environment");

    public SettingsView(PostHogProperties properties,
                        EnvironmentService environmentService,
                        FlagAuditService auditService) {
        this.properties = properties;
        this.environmentService = environmentService;
        this.auditService = auditService;

        projectKeyField.setValue(properties.getProjectApiKey());
        projectKeyField.setReadOnly(true);
        projectKeyField.setWidthFull();

        personalKeyField.setValue(properties.getPersonalApiKey());
        personalKeyField.setWidthFull();
        personalKeyField.setHelperText("Used for local evaluation and the admin API");

        pollField.setMin(5);
        pollField.setStepButtonsVisible(true);
        pollField.setValue(properties.getPollIntervalSeconds());
        debugCheckbox.setValue(properties.isDebug());

        Span keyStatus = new Span(StringUtils.hasText(properties.getPersonalApiKey())
                ? "Personal key configured"
                : "Personal key missing: local evaluation is off");
        keyStatus.getElement().getThemeList().add("badge");

        Button save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(projectKeyField, personalKeyField, pollField, debugCheckbox);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        environmentBox.setItems(environmentService.findAll());
        environmentBox.setItemLabelGenerator(FlagEnvironment::getName);
        Button rotate = new Button("Rotate secure key", e -> confirmRotation());
        rotate.addThemeVariants(ButtonVariant.LUMO_ERROR);

        add(new H2("PostHog"), keyStatus, form, save,
                new H2("Feature flags secure key"), new HorizontalLayout(environmentBox, rotate));
    }

    private void save() {
        properties.setPersonalApiKey(personalKeyField.getValue());
        properties.setPollIntervalSeconds(pollField.getValue());
        properties.setDebug(debugCheckbox.getValue());
        log.info("Settings updated by {}: personalApiKey={}, debug={}",
                currentUser(), personalKeyField.getValue(), debugCheckbox.getValue());
        Notification.show("Settings saved", 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void confirmRotation() {
        FlagEnvironment environment = environmentBox.getValue();
        if (environment == null) {
            Notification.show("Pick an environment first");
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Rotate secure key for " + environment.getName() + "?");
        dialog.add(new Paragraph("Servers using the current key stop evaluating flags locally until they are redeployed."));
        Button cancel = new Button("Cancel", e -> dialog.close());
        Button confirm = new Button("Rotate", e -> {
            String rotated = environmentService.rotateSecureKey(environment.getId());
            auditService.secureKeyRotated(currentUser(), environment.getName());
            dialog.close();
            Notification notification = Notification.show(
                    "New secure key for " + environment.getName() + ": " + rotated, 15000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private static String currentUser() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && request.getRemoteUser() != null ? request.getRemoteUser() : "anonymous";
    }
}
