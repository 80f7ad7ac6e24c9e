package com.northwind.opsadmin.ui;

import com.northwind.opsadmin.domain.ServiceAccount;
import com.northwind.opsadmin.domain.ServiceAccount.ApiKeyScope;
import com.northwind.opsadmin.service.ServiceAccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

@Route(value = "", layout = MainLayout.class)
@PageTitle("Service accounts | Ops Admin")
@RolesAllowed("ADMIN")
public class ServiceAccountsView extends VerticalLayout {

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Berlin"));

    private final ServiceAccountService service;
    private final String actor;
    private final Grid<ServiceAccount> grid = new Grid<>(ServiceAccount.class, false);
    private final TextField filter = new TextField();

    public ServiceAccountsView(ServiceAccountService service, AuthenticationContext authContext) {
        this.service = service;
        this.actor = authContext.getPrincipalName().orElse("unknown");
        setSizeFull();

        filter.setPlaceholder("owner:payments scope:admin billing");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());

        Button create = new Button("New service account", VaadinIcon.PLUS.create(), e -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(ServiceAccount::getName).setHeader("Name").setSortable(true).setAutoWidth(true);
        grid.addColumn(ServiceAccount::getOwner).setHeader("Owner").setSortable(true);
        grid.addColumn(a -> a.getApiKeyScope().name()).setHeader("Scope");
        grid.addColumn(ServiceAccount::getKeyVersion).setHeader("Key version");
        grid.addColumn(a -> a.getRotatedAt() == null ? "never" : TS.format(a.getRotatedAt())).setHeader("Last rotation");
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();

        add(new HorizontalLayout(filter, create), grid);
        refresh();
    }

    private HorizontalLayout actions(ServiceAccount account) {
        Button rotate = new Button("Rotate", e -> confirmRotate(account));
        rotate.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button toggle = new Button(account.isEnabled() ? "Disable" : "Enable", e -> {
            service.setEnabled(account.getId(), !account.isEnabled(), actor);
            refresh();
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(rotate, toggle);
    }

    private void refresh() {
        grid.setItems(service.search(filter.getValue()));
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New service account");

        TextField name = new TextField("Name");
        name.setRequired(true);
        TextField owner = new TextField("Owning team");
        ComboBox<ApiKeyScope> scope = new ComboBox<>("Scope", ApiKeyScope.values());
        scope.setValue(ApiKeyScope.READ_ONLY);
        dialog.add(new FormLayout(name, owner, scope));

        Button save = new Button("Create", e -> {
            if (name.isEmpty()) {
                name.setInvalid(true);
                return;
            }
            String secret = service.create(name.getValue().trim(), owner.getValue(), scope.getValue(), actor);
            dialog.close();
            refresh();
            showSecretOnce(name.getValue(), secret);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private void confirmRotate(ServiceAccount account) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle("Rotate credentials of " + account.getName() + "?");
        confirm.add(new Paragraph("The current secret stops working immediately."));
        Button ok = new Button("Rotate", e -> {
            String secret = service.rotate(account.getId(), actor);
            confirm.close();
            refresh();
            showSecretOnce(account.getName(), secret);
        });
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button("Cancel", e -> confirm.close()), ok);
        confirm.open();
    }

    /** The new client secret is shown to the admin exactly once so they can hand it to the owning team. */
    private void showSecretOnce(String accountName, String secret) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Client secret for " + accountName);
        TextField secretField = new TextField();
        secretField.setReadOnly(true);
        secretField.setWidthFull();
        secretField.setValue(secret);
        dialog.add(new Paragraph("Copy it now. It will not be shown again."), secretField);
        dialog.getFooter().add(new Button("Done", e -> dialog.close()));
        dialog.open();
        Notification.show("Credentials issued for " + accountName, 4000, Notification.Position.TOP_END)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
