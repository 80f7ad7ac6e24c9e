package com.northwind.opsadmin.ui;

import com.northwind.opsadmin.config.PostHogProperties;
import com.northwind.opsadmin.integration.FeatureFlagAdminClient;
import com.northwind.opsadmin.integration.FeatureFlagAdminClient.FeatureFlag;
import com.northwind.opsadmin.integration.IntegrationException;
import com.northwind.opsadmin.service.ServiceAccountService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.TaskScheduler;

/**
 * Live status board. Updates are pushed from a scheduler thread through {@link UI#access}
 * (server push is enabled on the app shell).
 */
@Route(value = "status", layout = MainLayout.class)
@PageTitle("Status | Ops Admin")
@RolesAllowed("ADMIN")
public class StatusView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(StatusView.class);
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final FeatureFlagAdminClient flagClient;
    private final ServiceAccountService accounts;
    private final TaskScheduler scheduler;
    private final Duration refreshInterval;

    private final Span activeAccounts = new Span();
    private final Span lastUpdated = new Span();
    private final Grid<FeatureFlag> flagGrid = new Grid<>(FeatureFlag.class, false);
    private ScheduledFuture<?> refreshTask;

    public StatusView(FeatureFlagAdminClient flagClient, ServiceAccountService accounts,
                      PostHogProperties posthog, TaskScheduler scheduler,
                      @Value("${opsadmin.status-refresh:15s}") Duration refreshInterval) {
        this.flagClient = flagClient;
        this.accounts = accounts;
        this.scheduler = scheduler;
        this.refreshInterval = refreshInterval;

        flagGrid.addColumn(FeatureFlag::key).setHeader("Flag");
        flagGrid.addColumn(FeatureFlag::name).setHeader("Description");
        flagGrid.addColumn(f -> f.active() ? "on" : "off").setHeader("State");

        Span keyInfo = new Span("Flags API key: " + flagClient.maskedKey());

        PasswordField localEvalKey = new PasswordField("Local evaluation key");
        localEvalKey.setReadOnly(true);
        localEvalKey.setRevealButtonVisible(true);
        localEvalKey.setValue(posthog.personalApiKey());

        Button test = new Button("Test local evaluation", e -> {
            boolean enabled = flagClient.testLocalEvaluation("ops-admin-status-probe");
            Notification.show("Probe flag evaluated locally: " + enabled);
        });

        // failures here propagate to the session error handler (UiErrorHandlerInitListener)
        Button refreshNow = new Button("Refresh now", e -> flagGrid.setItems(flagClient.listFlags()));

        add(new H3("Service accounts"), new HorizontalLayout(new Span("Active: "), activeAccounts),
                new H3("Feature flags (project " + posthog.projectId() + ")"), keyInfo, localEvalKey,
                new HorizontalLayout(test, refreshNow), flagGrid, lastUpdated);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        refreshTask = scheduler.scheduleAtFixedRate(() -> poll(ui), refreshInterval);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (refreshTask != null) {
            refreshTask.cancel(false);
            refreshTask = null;
        }
        super.onDetach(detachEvent);
    }

    private void poll(UI ui) {
        long active = accounts.activeCount();
        try {
            List<FeatureFlag> flags = flagClient.listFlags();
            ui.access(() -> {
                activeAccounts.setText(Long.toString(active));
                flagGrid.setItems(flags);
                lastUpdated.setText("Updated " + LocalTime.now().format(HMS));
            });
        } catch (IntegrationException ex) {
            log.warn("Status refresh failed with HTTP {}", ex.getStatus());
            ui.access(() -> Notification.show(ex.getMessage(), 8000, Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }
}
