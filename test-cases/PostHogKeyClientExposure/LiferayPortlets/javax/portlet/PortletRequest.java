package javax.portlet;

public interface PortletRequest {
  void setAttribute(String name, Object value);
}
