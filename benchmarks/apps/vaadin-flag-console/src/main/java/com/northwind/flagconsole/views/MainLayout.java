package com.northwind.flagconsole.views;

import com.northwind.flagconsole.config.PostHogProperties;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;

public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authContext, PostHogProperties props) {
        H1 title = new H1("Flag Console");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        Span project = new Span("Project " + props.projectId() + " \u00b7 " + props.projectApiKey());
        project.getStyle().set("color", "var(--lumo-secondary-text-color)");

        Button logout = new Button("Log out", e -> authContext.logout());

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, project, logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(project);
        header.setWidthFull();
        header.addClassNames("py-0", "px-m");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Feature flags", FlagsView.class));
        nav.addItem(new SideNavItem("API access", ApiAccessView.class));
        nav.addItem(new SideNavItem("Diagnostics", DiagnosticsView.class));
        addToDrawer(nav);

        // read by the posthog-js loader in the theme's index.html
        getElement().setAttribute("data-posthog-token", props.projectApiKey());
        getElement().setAttribute("data-posthog-flags-key", props.featureFlagsSecureApiKey());
    }
}
