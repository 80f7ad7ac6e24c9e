package com.northwind.flagconsole.web.panels;

import com.northwind.flagconsole.config.PostHogSettings;
import com.northwind.flagconsole.util.KeyMasker;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.wicket.ajax.AjaxRequestTarget;
import org.apache.wicket.ajax.markup.html.AjaxLink;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.spring.injection.annot.SpringBean;

/** "Connection" box on the flag list: shows which PostHog credentials the console uses. */
public class ApiDiagnosticsPanel extends Panel {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LogManager.getLogger(ApiDiagnosticsPanel.class);

    public enum ApiKeyKind { PROJECT, PERSONAL, FEATURE_FLAGS_SECURE }

    @SpringBean
    private PostHogSettings settings;

    public ApiDiagnosticsPanel(String id) {
        super(id);

        String personalKey = settings.getPersonalApiKey();
        ApiKeyKind apiKey = settings.isPersonalKeyConfigured() ? ApiKeyKind.PERSONAL : ApiKeyKind.PROJECT;
        LOG.debug("Diagnostics panel using apiKey kind {}", apiKey);

        add(new Label("projectKey", Model.of(settings.getProjectApiKey())));
        add(new Label("personalKeyMasked", Model.of(KeyMasker.mask(personalKey))));
        add(new Label("personalKeyLength", Model.of(personalKey == null ? 0 : personalKey.length())));
        add(new Label("personalKeyFingerprint", Model.of(KeyMasker.hashForAudit(personalKey))));

        add(new AjaxLink<Void>("testConnection") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick(AjaxRequestTarget target) {
                IModel<String> host = Model.of(settings.getHost());
                String script = String.format("flagConsole.testConnection('%s', '%s');",
                        host.getObject(), settings.getPersonalApiKey());
                target.appendJavaScript(script);
            }
        });
    }
}
