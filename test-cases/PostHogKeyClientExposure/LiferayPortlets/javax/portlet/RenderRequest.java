package javax.portlet;

public interface RenderRequest extends PortletRequest {}
