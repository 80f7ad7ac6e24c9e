package com.northwind.flagconsole.views;

import com.northwind.flagconsole.config.PostHogProperties;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Version;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Route(value = "diagnostics", layout = MainLayout.class)
@PageTitle("Diagnostics | Flag Console")
@RolesAllowed("ADMIN")
public class DiagnosticsView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(DiagnosticsView.class);
    static final String SESSION_KEY_ATTRIBUTE = "posthog.personal-api-key";

    public DiagnosticsView(PostHogProperties props, AuthenticationContext auth) {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession httpSession = session.getSession();
        session.setAttribute(SESSION_KEY_ATTRIBUTE, props.personalApiKey());
        log.info("Diagnostics opened by {} in HTTP session {}",
                auth.getPrincipalName().orElse("?"), httpSession.getId());

        add(new H2("Diagnostics"));
        add(new Paragraph("Vaadin " + Version.getFullVersion()));
        add(new Paragraph("Session timeout: " + httpSession.getMaxInactiveInterval() + " s"));
        add(new Paragraph("PostHog API host: " + props.host()));
        add(new Paragraph("Server time zone: " + ZoneId.systemDefault()));

        add(new H3("Reproduce with curl"));
        add(new Pre("curl -H 'Authorization: Bearer " + props.personalApiKey() + "' \\\n  "
                + props.host() + "/api/projects/" + props.projectId() + "/feature_flags/"));

        UI.getCurrent().getPage().executeJs("window.__posthogToken = $0", props.projectApiKey());
    }
}
