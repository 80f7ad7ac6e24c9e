package org.lanternboard.web.pages;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.wicket.ajax.AjaxRequestTarget;
import org.apache.wicket.ajax.markup.html.AjaxLink;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.lanternboard.web.LanternApplication;
import org.lanternboard.web.session.LanternSession;

public class HomePage extends BasePage {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LogManager.getLogger(HomePage.class);

    private final Model<Integer> refreshCount = Model.of(0);

    public HomePage(PageParameters parameters) {
        super(parameters);
        LanternSession session = LanternSession.get();
        LOG.debug("Rendering board for {}", session);
        if (!session.isSignedIn()) {
            setResponsePage(LoginPage.class);
            return;
        }
        Label counter = new Label("refreshCount", refreshCount);
        counter.setOutputMarkupId(true);
        add(counter);
        add(new AjaxLink<Void>("refresh") {
            @Override
            public void onClick(AjaxRequestTarget target) {
                refreshCount.setObject(refreshCount.getObject() + 1);
                LanternApplication.get().posthog().capture(session.getUserId(), "board_refreshed");
                LOG.debug("refresh #{} by {}, token set: {}", refreshCount.getObject(), session.getUserId(),
                        session.getBoardApiToken() != null);
                target.add(counter);
            }
        });
        add(new Label("apiTokenHint", Model.of("API token ends in …" + tail(session.getBoardApiToken()))));
    }

    private static String tail(String token) {
        return token == null || token.length() < 12 ? "????" : token.substring(token.length() - 4);
    }
}
