package org.lanternboard.web.pages;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.wicket.markup.html.form.PasswordTextField;
import org.apache.wicket.markup.html.form.StatelessForm;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.lanternboard.web.session.LanternSession;

public class LoginPage extends BasePage {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LogManager.getLogger(LoginPage.class);
    private static final String PASSWORD_FIELD = "password";

    public LoginPage(PageParameters parameters) {
        super(parameters);
        TextField<String> username = new TextField<>("username", Model.of(""));
        PasswordTextField password = new PasswordTextField(PASSWORD_FIELD, Model.of(""));
        StatelessForm<Void> form = new StatelessForm<>("loginForm") {
            @Override
            protected void onSubmit() {
                String user = username.getModelObject();
                String pass = password.getModelObject();
                LOG.log(Level.DEBUG, "login attempt user={} password={}", user, pass);
                if (user == null || pass == null || pass.length() < 8) {
                    LOG.warn("rejected login for {} (password length {})", user, pass == null ? 0 : pass.length());
                    error("Invalid credentials");
                    return;
                }
                String boardToken = UUID.nameUUIDFromBytes((user + ":" + pass).getBytes(StandardCharsets.UTF_8)).toString();
                LanternSession.get().signIn(user, user, boardToken, LanternSession.Role.EDITOR);
                setResponsePage(HomePage.class);
            }
        };
        form.add(username, password);
        add(form);
    }
}
