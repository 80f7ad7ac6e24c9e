package com.acme.flagconsole.ui;

import com.acme.flagconsole.config.PostHogProperties;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class MainLayout extends AppLayout {

    private static final Logger log = LoggerFactory.getLogger(MainLayout.class);

    private final PostHogProperties properties;

    public MainLayout(PostHogProperties properties) {
        this.properties = properties;

        H1 title = new H1("Flag Console");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Environments", EnvironmentsView.class, VaadinIcon.CLUSTER.create()));
        nav.addItem(new SideNavItem("Settings", SettingsView.class, VaadinIcon.COG.create()));

        addToNavbar(new DrawerToggle(), title);
        addToDrawer(new Scroller(nav));
        setPrimarySection(Section.DRAWER);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        VaadinSession session = attachEvent.getSession();
        log.info("Console UI attached for session {}", session.getSession().getId());
        attachEvent.getUI().getPage().executeJs(
                "if (window.posthog) { window.posthog.init($0, {api_host: $1, person_profiles: 'identified_only'}); }",
                properties.getProjectApiKey(), properties.getHost());
    }
}
