package com.example.shop

import android.app.Activity
import android.os.Bundle
import com.posthog.android.PostHogAndroid
import com.posthog.android.PostHogAndroidConfig

class MainActivity : Activity() {
    override fun onCreate(state: Bundle?) {
        super.onCreate(state)
        val config = PostHogAndroidConfig(apiKey = "phc_upwn5l2f7P4baFrpF6UyBMIzLaak69iCS7Z1YNi9gnI")
        PostHogAndroid.setup(this, config)
        flags.load("phx_OJ7DmZc5EPuTBh5HprpqHEpTm7KqzcriWPnG4H1gU92He9s") // Noncompliant: HardcodedPostHogKey, PostHogKeyClientExposure
    }
}
