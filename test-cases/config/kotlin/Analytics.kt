package com.example.shop

import com.posthog.server.PostHogConfig

object Analytics {
    private const val POSTHOG_HOST = "https://eu.i.posthog.com"
    private const val PERSONAL_KEY = "phx_h1bzEjHUlmOsfRgB9AcbcT2C4UadTKGXOr7Nfy6mjkBCXeJ" // Noncompliant: HardcodedPostHogKey
    // A unicode escape hides the prefix from text scanners.
    private val flagsKey: String = "\u0070hs_NecrtKn4sJedSEMNzcKMxatPfBVmqurwo48rD1gnHuUJOIY5" // Noncompliant: HardcodedPostHogKey
    private val joined = "phx_" +
        "zPTAeUzwTT2vNJBoPC4a7Wk7cRvgmlN9AJ1bXgJHkC3zntq" // Noncompliant@-1: HardcodedPostHogKey
    private val header = "Bearer $PERSONAL_KEY"
    private val raw = """
        phx_ffNdm4MZ32h8vE6vZHhwpSNEva12GcAOEFAtZvGG02I2TcW
    """ // Noncompliant@-1: HardcodedPostHogKey

    // A personal key where posthog-server wants the project key.
    val config = PostHogConfig(apiKey = "phx_5xmpkR4NrlZJO1n4Ss1UovxEhMonrC3RgrUbVYTxaxu19gx", host = POSTHOG_HOST) // Noncompliant: HardcodedPostHogKey, PostHogKeyMisuse
    val project = PostHogConfig(apiKey = "phc_lC5MQSqjr7mOwQgsVCbkVeM8cnMwIKZvRa2dFqYsxDG", personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY"))
    val template = "phx_${System.getenv("SUFFIX")}"
    val dollar = '$'
}
