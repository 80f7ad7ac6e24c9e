package wicketinputs;

import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A Wicket model's object is of the model's type argument: its toString() is that type's. */
public class PartnerPage extends WebPage {
  private static final long serialVersionUID = 1L;
  private static final Logger log = LoggerFactory.getLogger(PartnerPage.class);

  public PartnerPage() {
    LoadableDetachableModel<Partner> partner =
        LoadableDetachableModel.of(() -> new Partner("acme", System.getenv("ACME_SECRET")));
    log.debug("rendering settings for {}", partner.getObject()); // Noncompliant
    IModel<String> name = partner.map(Partner::getName);
    log.debug("rendering settings for {}", name.getObject());
  }
}
