resource "kubernetes_secret" "posthog" {
  metadata {
    name      = "vantacore-posthog"
    namespace = "experiments"
  }

  data = {
    POSTHOG_PERSONAL_API_KEY = var.posthog_personal_api_key
    POSTHOG_PROJECT_API_KEY  = var.posthog_project_api_key
  }
}

variable "posthog_personal_api_key" {
  type      = string
  sensitive = true
}

variable "posthog_project_api_key" {
  type = string
}
