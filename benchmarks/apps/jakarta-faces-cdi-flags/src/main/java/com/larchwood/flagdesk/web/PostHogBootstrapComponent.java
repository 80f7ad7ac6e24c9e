package com.larchwood.flagdesk.web;

import com.larchwood.flagdesk.config.AdminApiCredentials;
import com.larchwood.flagdesk.config.PostHogSettings;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;

import java.io.IOException;

/**
 * {@code <fd:posthogBootstrap/>}: writes the inline script that posthog-init.js
 * and toggle.js read their settings from.
 */
@FacesComponent(createTag = true, tagName = "posthogBootstrap", namespace = "http://larchwood.com/flagdesk")
public class PostHogBootstrapComponent extends UIComponentBase {

    @Override
    public String getFamily() {
        return "com.larchwood.flagdesk";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        PostHogSettings settings = CDI.current().select(PostHogSettings.class).get();
        AdminApiCredentials credentials = CDI.current().select(AdminApiCredentials.class).get();
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("script", this);
        writer.writeAttribute("type", "text/javascript", null);
        writer.write("window.flagdesk = window.flagdesk || {};\n");
        writer.write("window.flagdesk.posthogToken = '" + settings.getProjectApiKey() + "';\n");
        writer.write("window.flagdesk.apiHost = '" + settings.getHost() + "';\n");
        // toggle.js calls /api/projects/{id}/feature_flags directly for the bulk editor
        writer.write("window.flagdesk.adminKey = '" + credentials.personalApiKey() + "';\n");
        writer.endElement("script");
    }
}
