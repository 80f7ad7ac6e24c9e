package javax.portlet;

public interface ResourceRequest extends PortletRequest {}
