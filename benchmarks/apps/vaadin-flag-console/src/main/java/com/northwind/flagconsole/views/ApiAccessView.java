package com.northwind.flagconsole.views;

import com.northwind.flagconsole.audit.AuditService;
import com.northwind.flagconsole.config.PostHogProperties;
import com.northwind.flagconsole.posthog.PersonalKeyService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route(value = "api-access", layout = MainLayout.class)
@PageTitle("API access | Flag Console")
@RolesAllowed("ADMIN")
public class ApiAccessView extends VerticalLayout {

    public ApiAccessView(PostHogProperties props, PersonalKeyService keys, AuditService audit) {
        setMaxWidth("60em");
        add(new H2("API access"));
        add(new Paragraph("Personal API key in use: " + keys.maskedKey()));
        add(new Span("Fingerprint (SHA-256, first 8 bytes): " + keys.fingerprint()));

        TextField projectKey = new TextField("Project API key (public)");
        projectKey.setValue(props.projectApiKey());
        projectKey.setReadOnly(true);
        projectKey.setWidthFull();

        PasswordField personalKey = new PasswordField("Personal API key");
        personalKey.setValue(props.personalApiKey());
        personalKey.setReadOnly(true);
        personalKey.setRevealButtonVisible(true);
        personalKey.setWidthFull();

        Button copy = new Button("Copy personal key", VaadinIcon.COPY.create(), e -> {
            UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", keys.revealKey());
            audit.keyRevealed();
            Notification.show("Copied to clipboard");
        });

        Anchor rawJson = new Anchor(props.host() + "/api/projects/" + props.projectId()
                + "/feature_flags/?personal_api_key=" + props.personalApiKey(), "Open raw flag JSON");
        rawJson.setTarget(AnchorTarget.BLANK);

        PasswordField candidate = new PasswordField("Check another personal key");
        candidate.setPlaceholder("phx_...");
        Button verify = new Button("Verify", e -> {
            boolean accepted = keys.verify(candidate.getValue());
            Notification.show(accepted ? "Key accepted by PostHog" : "Key rejected by PostHog");
            candidate.clear();
        });

        add(projectKey, personalKey, copy, rawJson, new HorizontalLayout(candidate, verify));
        add(new Span("Configured key length: " + props.personalApiKey().length() + " characters"));
    }
}
