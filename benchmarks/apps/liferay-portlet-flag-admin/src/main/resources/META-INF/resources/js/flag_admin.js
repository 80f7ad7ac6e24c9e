(function () {
	'use strict';

	function refreshFlagStatus() {
		if (!window.flagAdminStatusURL) {
			return;
		}

		Liferay.Util.fetch(window.flagAdminStatusURL)
			.then((response) => response.json())
			.then((status) => {
				Liferay.fire('flagAdmin:statusLoaded', status);
			});
	}

	Liferay.on('allPortletsReady', refreshFlagStatus);
})();
