package com.northwind.flagconsole.ui;

import com.northwind.flagconsole.config.PostHogProperties;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;

public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authContext;
    private final PostHogProperties properties;

    public MainLayout(AuthenticationContext authContext, PostHogProperties properties) {
        this.authContext = authContext;
        this.properties = properties;

        H1 title = new H1("Flag Console");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        Span user = new Span(authContext.getPrincipalName().orElse(""));
        Button logout = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authContext.logout());

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, user, logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.addClassNames("py-0", "px-m");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Feature flags", FlagListView.class, VaadinIcon.FLAG.create()));
        if (authContext.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem("Project settings", ProjectSettingsView.class, VaadinIcon.COG.create()));
        }
        addToDrawer(nav);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Product analytics for the console itself: page views of the internal tool.
        attachEvent.getUI().getPage().executeJs(
                "if (window.posthog) { window.posthog.init($0, {api_host: $1, person_profiles: 'identified_only'}); }",
                properties.projectApiKey(), properties.host());
    }
}
