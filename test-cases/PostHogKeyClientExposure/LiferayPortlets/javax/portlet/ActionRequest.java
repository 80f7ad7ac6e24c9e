package javax.portlet;

public interface ActionRequest extends PortletRequest {}
