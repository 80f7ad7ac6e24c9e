package com.acme.flag.admin.web.exception;

import com.liferay.portal.kernel.exception.PortalException;

/**
 * @author Platform Team
 */
public class PostHogSyncException extends PortalException {

	public PostHogSyncException(String msg) {
		super(msg);
	}

	public PostHogSyncException(String msg, int status) {
		super(msg);

		_status = status;
	}

	public PostHogSyncException(String msg, Throwable throwable) {
		super(msg, throwable);
	}

	public int getStatus() {
		return _status;
	}

	private int _status;

}
