package javax.portlet;

public interface ActionResponse extends PortletResponse {
  void sendRedirect(String location) throws java.io.IOException;
}
