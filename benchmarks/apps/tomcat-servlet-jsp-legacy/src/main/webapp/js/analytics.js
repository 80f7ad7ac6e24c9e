/* Brindlewood portal - browser analytics bootstrap */
(function () {
  'use strict';
  !function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){function g(t,e){var o=e.split(".");2==o.length&&(t=t[o[0]],e=o[1]),t[e]=function(){t.push([e].concat(Array.prototype.slice.call(arguments,0)))}}(p=t.createElement("script")).type="text/javascript",p.async=!0,p.src=s.api_host+"/static/array.js",(r=t.getElementsByTagName("script")[0]).parentNode.insertBefore(p,r);var u=e;void 0!==a?u=e[a]=[]:a="posthog",u.people=u.people||[],u._i.push([i,s,a])},e.__SV=1)}(document,window.posthog||[]);

  var body = document.body;
  posthog.init('phc_ExM7YbgzY8YX4M6kfsTmDcNYhzeXmHV8Gs9GFihik9i5', {
    api_host: 'https://eu.i.posthog.com',
    person_profiles: 'identified_only',
    capture_pageview: true
  });

  if (body && body.dataset.distinctId) {
    posthog.identify(body.dataset.distinctId, { tenant: body.dataset.tenant });
  }
})();
