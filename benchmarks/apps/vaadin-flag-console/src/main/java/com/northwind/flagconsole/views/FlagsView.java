package com.northwind.flagconsole.views;

import com.northwind.flagconsole.audit.AuditService;
import com.northwind.flagconsole.posthog.FeatureFlagDto;
import com.northwind.flagconsole.posthog.FeatureFlagService;
import com.northwind.flagconsole.posthog.PostHogApiException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Route(value = "", layout = MainLayout.class)
@PageTitle("Feature flags | Flag Console")
@PermitAll
public class FlagsView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(FlagsView.class);

    private final FeatureFlagService flags;
    private final AuditService audit;
    private final Grid<FeatureFlagDto> grid = new Grid<>(FeatureFlagDto.class, false);
    private final TextField filter = new TextField();
    private final TextField previewUser = new TextField();

    public FlagsView(FeatureFlagService flags, AuditService audit) {
        this.flags = flags;
        this.audit = audit;
        setSizeFull();

        grid.addColumn(FeatureFlagDto::key).setHeader("Key").setSortable(true).setAutoWidth(true);
        grid.addColumn(FeatureFlagDto::name).setHeader("Description").setFlexGrow(1);
        grid.addColumn(FeatureFlagDto::createdAt).setHeader("Created").setAutoWidth(true);
        grid.addComponentColumn(flag -> {
            Button toggle = new Button(flag.active() ? "Disable" : "Enable", e -> toggle(flag));
            toggle.addThemeVariants(flag.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            return toggle;
        }).setHeader("Active");

        filter.setPlaceholder("Filter by flag key");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());

        grid.addComponentColumn(flag -> new Button("Preview", e -> preview(flag))).setHeader("As user");
        previewUser.setPlaceholder("distinct id for preview");

        add(new H2("Feature flags"), new HorizontalLayout(filter, previewUser), grid);
        refresh();
    }

    private void refresh() {
        String term = filter.getValue().trim().toLowerCase(Locale.ROOT);
        try {
            grid.setItems(flags.listFlags().stream()
                    .filter(f -> term.isEmpty() || f.key().toLowerCase(Locale.ROOT).contains(term))
                    .toList());
        } catch (PostHogApiException ex) {
            log.error("Flag list unavailable (HTTP {})", ex.status());
            Notification.show("Could not load flags: " + ex.getMessage(), 8000, Notification.Position.TOP_CENTER);
        }
    }

    private void toggle(FeatureFlagDto flag) {
        boolean target = !flag.active();
        try {
            flags.setActive(flag, target);
            audit.flagToggled(flag, target);
            Notification.show("Flag " + flag.key() + (target ? " enabled" : " disabled"));
            refresh();
        } catch (PostHogApiException ex) {
            Notification.show(ex.getMessage(), 5000, Notification.Position.MIDDLE);
        }
    }

    private void preview(FeatureFlagDto flag) {
        String distinctId = previewUser.getValue().trim();
        if (distinctId.isEmpty()) {
            Notification.show("Enter a distinct id to preview");
            return;
        }
        boolean enabled = flags.previewFor(distinctId, flag);
        Notification.show(flag.key() + " for " + distinctId + ": " + (enabled ? "on" : "off"));
    }
}
