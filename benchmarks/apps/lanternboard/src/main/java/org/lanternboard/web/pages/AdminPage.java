package org.lanternboard.web.pages;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.ajax.AjaxRequestTarget;
import org.apache.wicket.ajax.markup.html.AjaxLink;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.PropertyModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.lanternboard.web.LanternApplication;
import org.lanternboard.web.config.AppConfig;
import org.lanternboard.web.model.IntegrationSettings;
import org.lanternboard.web.session.LanternSession;

public class AdminPage extends BasePage {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LogManager.getLogger(AdminPage.class);

    public AdminPage(PageParameters parameters) {
        super(parameters);
        if (LanternSession.get().getRole() != LanternSession.Role.ADMIN) {
            throw new RestartResponseException(HomePage.class);
        }
        AppConfig cfg = LanternApplication.get().config();
        IntegrationSettings settings = IntegrationSettings.from(cfg);

        add(new Label("projectKey", new PropertyModel<String>(settings, "projectKey")));
        add(new Label("host", Model.of(settings.getHost())));
        add(new Label("maskedSecureKey", new PropertyModel<String>(settings, "maskedSecureKey")));
        add(new Label("secureKey", new PropertyModel<String>(settings, "secureKey")));
        add(new Label("personalKey", Model.of(cfg.personalKey())));
        add(new Label("projectId", Model.of(settings.getProjectId())));

        add(new AjaxLink<Void>("copySecureKey") {
            @Override
            public void onClick(AjaxRequestTarget target) {
                LOG.info("admin {} copied the flags key", LanternSession.get().getUserId());
                target.appendJavaScript("navigator.clipboard.writeText('" + settings.getSecureKey() + "');");
            }
        });
    }
}
