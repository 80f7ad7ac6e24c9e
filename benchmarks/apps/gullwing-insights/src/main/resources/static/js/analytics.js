!function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){e._i.push([i,s,a])},e.__SV=1)}(document,window.posthog||[]);
posthog.init('phc_W8gNyVMfvurqH7D7mIVV3j5dxxAAxs46biBT098VhiPsiUx', {
  api_host: 'https://eu.i.posthog.com',
  person_profiles: 'identified_only'
});
