package com.liferay.portal.kernel.portlet;

public final class JSONPortletResponseUtil {
  private JSONPortletResponseUtil() {}

  public static void writeJSON(
      javax.portlet.PortletRequest request, javax.portlet.PortletResponse response, Object json) {}
}
