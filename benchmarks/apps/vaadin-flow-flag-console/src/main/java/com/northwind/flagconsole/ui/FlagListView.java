package com.northwind.flagconsole.ui;

import com.northwind.flagconsole.config.PostHogProperties;
import com.northwind.flagconsole.domain.FeatureFlag;
import com.northwind.flagconsole.domain.FeatureFlagRepository;
import com.northwind.flagconsole.service.FlagSyncException;
import com.northwind.flagconsole.service.FlagSyncService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Route(value = "", layout = MainLayout.class)
@PageTitle("Feature flags | Flag Console")
@PermitAll
public class FlagListView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(FlagListView.class);

    private final FeatureFlagRepository repository;
    private final FlagSyncService syncService;
    private final PostHogProperties properties;
    private final transient AuthenticationContext authContext;

    private final Grid<FeatureFlag> grid = new Grid<>(FeatureFlag.class, false);
    private final TextField filter = new TextField();

    private final TextField key = new TextField("Key");
    private final TextField name = new TextField("Name");
    private final IntegerField rolloutPercentage = new IntegerField("Rollout %");
    private final Checkbox active = new Checkbox("Active");
    private final BeanValidationBinder<FeatureFlag> binder = new BeanValidationBinder<>(FeatureFlag.class);

    public FlagListView(FeatureFlagRepository repository, FlagSyncService syncService,
                        PostHogProperties properties, AuthenticationContext authContext) {
        this.repository = repository;
        this.syncService = syncService;
        this.properties = properties;
        this.authContext = authContext;

        setSizeFull();
        configureGrid();
        binder.bindInstanceFields(this);
        key.setReadOnly(true);

        HorizontalLayout content = new HorizontalLayout(grid, editor());
        content.setSizeFull();
        add(toolbar(), content);
        refresh();
    }

    private void configureGrid() {
        grid.addColumn(FeatureFlag::getKey).setHeader("Key").setSortable(true).setAutoWidth(true);
        grid.addColumn(FeatureFlag::getName).setHeader("Name").setFlexGrow(1);
        grid.addColumn(f -> f.getRolloutPercentage() == null ? "100 %" : f.getRolloutPercentage() + " %")
                .setHeader("Rollout");
        grid.addComponentColumn(f -> {
            Checkbox box = new Checkbox(f.isActive());
            box.setReadOnly(true);
            return box;
        }).setHeader("Active");
        grid.addColumn(FeatureFlag::getLastSyncedAt).setHeader("Last synced");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(e -> binder.setBean(e.getValue()));
    }

    private HorizontalLayout toolbar() {
        filter.setPlaceholder("Filter by key or name…");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());

        Button sync = new Button("Sync from PostHog", click -> syncNow());
        sync.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sync.setEnabled(authContext.hasAnyRole("EDITOR", "ADMIN"));
        return new HorizontalLayout(filter, sync);
    }

    private FormLayout editor() {
        Button save = new Button("Save", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button explain = new Button("Why is this flag off for me?", click -> explain());
        FormLayout form = new FormLayout(key, name, rolloutPercentage, active, new HorizontalLayout(save, explain));
        form.setWidth("28em");
        return form;
    }

    private void refresh() {
        String value = filter.getValue();
        if (value == null || value.isBlank()) {
            grid.setItems(repository.findAll());
            return;
        }
        // Each whitespace-separated word narrows the result further.
        String[] tokens = value.trim().toLowerCase().split("\\s+");
        log.debug("Filtering flags by search tokens {}", Arrays.toString(tokens));
        Set<FeatureFlag> result = new LinkedHashSet<>(repository.search(tokens[0]));
        for (String token : Arrays.copyOfRange(tokens, 1, tokens.length)) {
            result.retainAll(repository.search(token));
        }
        grid.setItems(List.copyOf(result));
    }

    private void syncNow() {
        try {
            FlagSyncService.SyncResult result = syncService.syncFromPostHog();
            Notification.show("Synced with PostHog (" + result.created() + " new, " + result.updated()
                            + " updated) using key " + properties.maskedPersonalKey())
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (FlagSyncException ex) {
            Notification.show("Sync failed: " + ex.getMessage(), 8000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void save() {
        FeatureFlag flag = binder.getBean();
        if (flag == null) {
            return;
        }
        if (!binder.validate().isOk()) {
            Notification.show("Please fix the highlighted fields").addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            return;
        }
        syncService.pushChanges(flag, authContext.getPrincipalName().orElse("unknown"));
        Notification.show("Saved " + flag.getKey()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    private void explain() {
        FeatureFlag flag = binder.getBean();
        if (flag == null) {
            return;
        }
        String me = authContext.getPrincipalName().orElse("anonymous");
        boolean enabled = syncService.evaluateVerbose(flag.getKey(), me);
        Notification.show(flag.getKey() + " is " + (enabled ? "ON" : "OFF") + " for " + me
                + " – see the server log for the full request trace");
    }
}
