package wicketpages;

import org.apache.wicket.NonResettingRestartException;
import org.apache.wicket.ajax.AjaxRequestTarget;
import org.apache.wicket.ajax.markup.html.AjaxLink;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.basic.MultiLineLabel;
import org.apache.wicket.markup.html.form.HiddenField;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.PropertyModel;
import org.apache.wicket.request.flow.RedirectToUrlException;

/** Wicket components render their models' objects into the page the browser gets. */
public class AdminPage extends WebPage {
  private static final long serialVersionUID = 1L;

  public AdminPage() {
    FlagSettings settings = new FlagSettings();
    String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
    add(new Label("projectKey", new PropertyModel<String>(settings, "projectKey")));
    add(new Label("masked", new PropertyModel<String>(settings, "maskedSecureKey")));
    add(new Label("secureKey", new PropertyModel<String>(settings, "secureKey"))); // Noncompliant
    add(new Label("secureKeyOf", PropertyModel.of(settings, "secureKey"))); // Noncompliant
    add(new Label("personalKey", Model.of(personalKey))); // Noncompliant
    add(new Label("personal", personalKey)); // Noncompliant
    add(new MultiLineLabel("notes", new Model<>(personalKey))); // Noncompliant
    add(new TextField<>("keyField", Model.of(personalKey))); // Noncompliant
    add(new TextArea<>("keyArea", Model.of(settings.getSecureKey()))); // Noncompliant
    add(new HiddenField<>("keyHidden", Model.of(personalKey))); // Noncompliant
    add(new Label("length", Model.of(personalKey == null ? 0 : personalKey.length())));
    Label later = new Label("later");
    later.setDefaultModelObject(personalKey); // Noncompliant
    later.setDefaultModelObject(settings.getProjectKey());
    add(later);
    add(
        new AjaxLink<Void>("copy") {
          private static final long serialVersionUID = 1L;

          @Override
          public void onClick(AjaxRequestTarget target) {
            target.appendJavaScript("copy('" + settings.getSecureKey() + "');"); // Noncompliant
            target.appendJavaScript("copy('" + settings.getProjectKey() + "');");
          }
        });
    add(
        new Link<Void>("openInPostHog") {
          private static final long serialVersionUID = 1L;

          @Override
          public void onClick() {
            String flags = "https://us.posthog.com/project/1/feature_flags";
            if (personalKey == null) {
              throw new RedirectToUrlException(flags + "?key=" + settings.getProjectKey());
            }
            if (settings.getProjectKey() == null) {
              throw new NonResettingRestartException(flags + "?token=" + personalKey); // Noncompliant
            }
            throw new RedirectToUrlException(flags + "?personal_api_key=" + personalKey); // Noncompliant
          }
        });
  }
}
