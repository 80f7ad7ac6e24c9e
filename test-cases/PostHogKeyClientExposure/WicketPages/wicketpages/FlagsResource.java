package wicketpages;

import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.IResource;

/**
 * A resource writes its response itself; Attributes is the member type it inherits from IResource,
 * not a type of this package.
 */
public class FlagsResource extends AbstractResource {
  private static final long serialVersionUID = 1L;

  @Override
  protected ResourceResponse newResourceResponse(Attributes attributes) {
    FlagSettings settings = new FlagSettings();
    ResourceResponse response = new ResourceResponse();
    String json = "{\"flagsKey\":\"" + settings.getSecureKey() + "\"}";
    String open = "{\"projectKey\":\"" + settings.getProjectKey() + "\"}";
    response.setWriteCallback(
        new WriteCallback() {
          @Override
          public void writeData(Attributes attrs) {
            attrs.getResponse().write(json); // Noncompliant
            attrs.getResponse().write(open);
          }
        });
    return response;
  }

  static void writeFlags(IResource.Attributes attributes, FlagSettings settings) {
    attributes.getResponse().write(settings.getSecureKey()); // Noncompliant
    RequestCycle.get().getResponse().write(settings.getSecureKey()); // Noncompliant
    RequestCycle.get().getResponse().write(settings.getProjectKey());
  }
}
