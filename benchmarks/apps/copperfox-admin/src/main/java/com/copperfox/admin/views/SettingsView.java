package com.copperfox.admin.views;

import com.copperfox.admin.service.PostHogAdminService;
import com.copperfox.admin.settings.PostHogAdminSettings;
import com.copperfox.admin.support.KeyMasks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

@PageTitle("PostHog settings")
@Route(value = "settings", layout = MainLayout.class)
public class SettingsView extends FormLayout {

  public SettingsView(PostHogAdminService service, PostHogAdminSettings settings, AuthenticationContext auth) {
    TextField host = new TextField("PostHog host");
    host.setValue(settings.getHost());
    host.setReadOnly(true);

    TextField headerName = new TextField("Credential header");
    headerName.setValue(settings.getApiKeyHeader());

    Span masked = new Span("Personal API key: " + KeyMasks.mask(settings.getPersonalApiKey()));
    Span evaluation = new Span(service.hasPersonalKey() ? "Local evaluation: on" : "Local evaluation: off (no personal key)");
    Span length = new Span();
    length.setText("Key length: " + (settings.getPersonalApiKey() == null ? 0 : settings.getPersonalApiKey().length()));

    PasswordField personalKey = new PasswordField("Personal API key");
    personalKey.setValue(settings.getPersonalApiKey());
    personalKey.setRevealButtonVisible(false);

    Button reveal = new Button("Copy key for support", click -> {
      Notification.show("Key: " + service.getPersonalApiKey());
    });
    reveal.setVisible(auth.hasRole("OWNER"));

    TextField summary = new TextField("Connection");
    summary.setValue(service.connectionSummary());
    summary.setWidthFull();

    add(host, headerName, masked, evaluation, length, personalKey, reveal, summary);
  }
}
