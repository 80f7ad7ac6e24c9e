package com.acme.flag.admin.web.constants;

/**
 * @author Platform Team
 */
public class FlagAdminPortletKeys {

	public static final String FLAG_ADMIN =
		"com_acme_flag_admin_web_portlet_FlagAdminPortlet";

	public static final String MVC_COMMAND_DIAGNOSTICS =
		"/flag_admin/diagnostics";

	public static final String MVC_COMMAND_FLAG_STATUS =
		"/flag_admin/flag_status";

	public static final String MVC_COMMAND_SAVE_FLAG = "/flag_admin/save_flag";

	public static final String MVC_COMMAND_SYNC_FLAGS =
		"/flag_admin/sync_flags";

	public static final String MVC_COMMAND_TEST_CONNECTION =
		"/flag_admin/test_connection";

	public static final String MVC_COMMAND_VIEW_FLAGS = "/flag_admin/view_flags";

}
