package wicketinputs;

import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.form.PasswordTextField;
import org.apache.wicket.markup.html.form.StatelessForm;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a password field holds is a password, whatever the code calls it. */
public class LoginPage extends WebPage {
  private static final long serialVersionUID = 1L;
  private static final Logger log = LoggerFactory.getLogger(LoginPage.class);

  public LoginPage() {
    TextField<String> user = new TextField<>("user", Model.of(""));
    PasswordTextField secretField = new PasswordTextField("pw", Model.of(""));
    add(
        new StatelessForm<Void>("login") {
          private static final long serialVersionUID = 1L;

          @Override
          protected void onSubmit() {
            String name = user.getModelObject();
            String given = secretField.getModelObject();
            log.debug("login {} with {}", name, given); // Noncompliant
            log.debug("login {} with {}", name, secretField.getInput()); // Noncompliant
            log.debug("login {} ({} characters)", name, given == null ? 0 : given.length());
          }
        });
  }
}
