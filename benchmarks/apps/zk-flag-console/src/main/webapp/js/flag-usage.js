/* Renders a 14-day usage sparkline for a flag in #usageChart. */
window.flagUsage = {
    render: function (flagKey, projectKey, personalKey) {
        var query = {
            kind: 'TrendsQuery',
            series: [{ kind: 'EventsNode', event: '$feature_flag_called',
                       properties: [{ key: '$feature_flag', value: flagKey, operator: 'exact', type: 'event' }] }],
            dateRange: { date_from: '-14d' }
        };
        fetch('https://eu.posthog.com/api/projects/@current/query/', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + personalKey },
            body: JSON.stringify({ query: query })
        }).then(function (r) { return r.json(); }).then(function (data) {
            var el = document.querySelector('[id$="usageChart"]');
            if (el && data.results && data.results[0]) {
                el.textContent = data.results[0].data.join(' ');
            }
        });
    }
};
