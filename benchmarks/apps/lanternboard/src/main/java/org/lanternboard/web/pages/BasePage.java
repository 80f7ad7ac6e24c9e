package org.lanternboard.web.pages;

import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.head.JavaScriptHeaderItem;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.model.PropertyModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.lanternboard.web.LanternApplication;
import org.lanternboard.web.config.AppConfig;
import org.lanternboard.web.session.LanternSession;

public abstract class BasePage extends WebPage {

    private static final long serialVersionUID = 1L;

    protected BasePage(PageParameters parameters) {
        super(parameters);
        add(new Label("userName", new PropertyModel<String>(LanternSession.get(), "displayName")));
        add(new Label("role", new PropertyModel<LanternSession.Role>(LanternSession.get(), "role")));
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        AppConfig cfg = LanternApplication.get().config();
        String init = "window.LANTERN_PH_KEY='" + cfg.projectKey() + "';"
                + "posthog.init(window.LANTERN_PH_KEY,{api_host:'" + cfg.host() + "'});";
        response.render(JavaScriptHeaderItem.forScript(init, "posthog-init"));
        response.render(JavaScriptHeaderItem.forUrl("/js/board.js"));
    }
}
