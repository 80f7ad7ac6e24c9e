package com.northwind.flagconsole.ui;

import com.northwind.flagconsole.config.PostHogProperties;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.DigestUtils;

import java.nio.charset.StandardCharsets;

@Route(value = "settings", layout = MainLayout.class)
@PageTitle("Project settings | Flag Console")
@RolesAllowed("ADMIN")
public class ProjectSettingsView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(ProjectSettingsView.class);

    public ProjectSettingsView(PostHogProperties properties) {
        setMaxWidth("48em");

        TextField host = readOnly("Ingestion host", properties.host());
        TextField projectId = readOnly("Project id", String.valueOf(properties.projectId()));
        TextField projectKey = readOnly("Project API key (public)", properties.projectApiKey());

        PasswordField personalKeyField = new PasswordField("Personal API key");
        personalKeyField.setReadOnly(true);
        personalKeyField.setRevealButtonVisible(true);
        personalKeyField.setWidthFull();
        if (properties.localEvaluationEnabled()) {
            personalKeyField.setValue(properties.personalApiKey());
        }

        Button copy = new Button("Copy personal key", VaadinIcon.COPY.create(), click -> {
            UI.getCurrent().getPage().executeJs("navigator.clipboard.writeText($0)", properties.personalApiKey());
            Notification.show("Personal key copied to clipboard");
        });
        copy.setEnabled(properties.localEvaluationEnabled());

        String fingerprint = properties.localEvaluationEnabled()
                ? DigestUtils.md5DigestAsHex(properties.personalApiKey().getBytes(StandardCharsets.UTF_8))
                : "n/a";
        log.info("Settings opened; personal key fingerprint {}", fingerprint);

        FormLayout form = new FormLayout(host, projectId, projectKey, personalKeyField);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        add(new H2("PostHog project"),
                new Paragraph("Keys are read from the environment at start-up. Rotate them in PostHog, "
                        + "then update the deployment secrets and restart the console."),
                form,
                copy,
                new Span("Fingerprint: " + fingerprint),
                new Span("Feature flags secure key: "
                        + (properties.featureFlagsSecureKey() == null || properties.featureFlagsSecureKey().isBlank()
                        ? "not set" : "set")));
    }

    private static TextField readOnly(String label, String value) {
        TextField field = new TextField(label);
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        field.setWidthFull();
        return field;
    }
}
