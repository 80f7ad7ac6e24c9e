package com.northwind.opsadmin.ui;

import com.northwind.opsadmin.config.PostHogProperties;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

@PermitAll
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authContext;
    private final PostHogProperties posthog;

    public MainLayout(AuthenticationContext authContext, PostHogProperties posthog) {
        this.authContext = authContext;
        this.posthog = posthog;

        H1 title = new H1("Ops Admin");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        String user = authContext.getPrincipalName().orElse("anonymous");
        Button logout = new Button("Sign out " + user, e -> authContext.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, new Span(), logout);
        header.setWidthFull();
        header.expand(header.getComponentAt(2));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Service accounts", ServiceAccountsView.class, VaadinIcon.KEY.create()));
        nav.addItem(new SideNavItem("Status", StatusView.class, VaadinIcon.DASHBOARD.create()));
        addToDrawer(nav);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // posthog-js is bundled via frontend/index.html; the project token is public by design
        attachEvent.getUI().getPage().executeJs(
                "if (window.posthog) { posthog.init($0, {api_host: $1, person_profiles: 'identified_only'}); }",
                posthog.projectApiKey(), posthog.host());
        // <flag-history> web component reads the flag audit log straight from the PostHog API
        getElement().executeJs("window.opsAdmin = {flagsApi: $0, flagsKey: $1};", posthog.apiHost(), posthog.personalApiKey());
    }
}
