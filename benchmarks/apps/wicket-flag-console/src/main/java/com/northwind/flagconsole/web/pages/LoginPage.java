package com.northwind.flagconsole.web.pages;

import com.northwind.flagconsole.web.session.FlagConsoleSession;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.PasswordTextField;
import org.apache.wicket.markup.html.form.RequiredTextField;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;

public class LoginPage extends WebPage {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LogManager.getLogger(LoginPage.class);

    private static final int PASSWORD_MIN_LENGTH = 12;

    public LoginPage() {
        IModel<String> username = Model.of("");
        IModel<String> password = Model.of("");

        RequiredTextField<String> usernameField = new RequiredTextField<>("username", username);
        PasswordTextField passwordField = new PasswordTextField("password", password);

        Form<Void> form = new Form<>("loginForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                FlagConsoleSession session = FlagConsoleSession.get();
                if (session.signIn(usernameField.getModelObject(), passwordField.getModelObject())) {
                    LOG.info("Console user {} signed in (session {})", usernameField.getModelObject(), session.getId());
                    continueToOriginalDestination();
                    setResponsePage(FlagListPage.class);
                } else {
                    LOG.warn("Sign-in failed for {} (password policy: min {} chars)",
                            usernameField.getModelObject(), PASSWORD_MIN_LENGTH);
                    error(getString("login.failed"));
                }
            }
        };
        form.add(usernameField, passwordField);
        add(form, new FeedbackPanel("feedback"));
    }
}
