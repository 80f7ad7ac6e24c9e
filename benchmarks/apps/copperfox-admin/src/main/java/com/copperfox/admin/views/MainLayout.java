package com.copperfox.admin.views;

import com.copperfox.admin.service.PostHogAdminService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

public class MainLayout extends AppLayout {

  public MainLayout(PostHogAdminService service) {
    H1 title = new H1("Copperfox admin");
    Span project = new Span("Analytics project key: " + service.getProjectApiKey());
    HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, project);
    addToNavbar(header);

    SideNav nav = new SideNav();
    nav.addItem(new SideNavItem("Feature flags", FlagsView.class));
    nav.addItem(new SideNavItem("PostHog settings", SettingsView.class));
    nav.addItem(new SideNavItem("Sessions", SessionsView.class));
    addToDrawer(nav);

    UI.getCurrent().getPage().executeJs(
        "window.posthog && window.posthog.init($0, {api_host: 'https://us.i.posthog.com'})",
        service.getProjectApiKey());
  }
}
